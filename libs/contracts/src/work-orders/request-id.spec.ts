import { ClassConstructor, plainToInstance } from 'class-transformer';
import { DecideAppealMessage } from '../callbacks/callbacks.rpc';
import { ReturnDecisionMessage } from '../dispatch/work-order-dispatch.contracts';
import { CallerInformedMessage, DecideExtensionMessage, ReviewReplyMessage } from '../handling/handling.rpc';
import { validatePlanned } from '../boundary/planned-validation';

const WORK_ORDER_ID = '3f1c2a9e-8b7d-4c6e-9a5f-1d2e3b4c5a6f';
const actor = { kind: 'reviewer', id: 'rv-1' };

/** Each message that decides on, or records against, a pending request, with the field naming that request. */
const MESSAGES: Array<[ClassConstructor<object>, string, Record<string, unknown>]> = [
  [ReturnDecisionMessage, 'returnId', { decision: { approve: true } }],
  [DecideExtensionMessage, 'extensionId', { body: { approve: true } }],
  [CallerInformedMessage, 'extensionId', { body: { informedAt: '2026-03-03T10:00:00+08:00', how: 'phone' } }],
  [ReviewReplyMessage, 'replyId', { body: { pass: true } }],
  [DecideAppealMessage, 'appealId', { body: { approve: true } }],
];

function problemsOf(type: ClassConstructor<object>, field: string, id: string, rest: Record<string, unknown>) {
  const message = plainToInstance(type, { actor, workOrderId: WORK_ORDER_ID, [field]: id, ...rest });
  return validatePlanned(message, { whitelist: true, forbidNonWhitelisted: true }).filter(
    (error) => error.property === field,
  );
}

const NAMED = MESSAGES.map(([type, field, rest]) => [type.name, type, field, rest] as const);

describe('the id of a pending return, extension, reply or appeal: one rule in every message', () => {
  it.each(NAMED)('%s takes the id its request answered', (_name, type, field, rest) => {
    expect(problemsOf(type, field, `${WORK_ORDER_ID}:7`, rest)).toEqual([]);
  });

  it.each(NAMED)('%s refuses anything else, naming its field', (_name, type, field, rest) => {
    for (const id of [WORK_ORDER_ID, `${WORK_ORDER_ID}:0`, 'x'.repeat(90), `${WORK_ORDER_ID}:7; drop table`]) {
      expect(problemsOf(type, field, id, rest).flatMap((error) => Object.values(error.constraints ?? {}))).toEqual([
        `${field} must be the id its request answered ('<work order id>:<version>')`,
      ]);
    }
  });
});
