import { defineRpc, RpcDefinition, RpcProblem } from '@hotline/contracts';
import { ProblemError, RpcClient } from '@hotline/messaging';
import { atService, requestAtWriter } from './request-at-writer';

const RaiseAtDispatch = defineRpc<{ workOrderId: string }, string>('dispatch', 'work-orders.raise-difficulty');
const conflict = (writer: unknown): RpcProblem => ({
  statusCode: 409,
  error: 'Conflict',
  message: 'not here',
  details: { status: 'handling', writer },
});

/** Services that answer by subject: a problem or a value; a subject nobody serves is 503, as NATS' no responders. */
function servicesAnswering(answers: Record<string, RpcProblem | string>) {
  const asked: string[] = [];
  const rpc = {
    request: async (definition: RpcDefinition<unknown, unknown>) => {
      asked.push(definition.subject);
      const answer = answers[definition.subject] ?? {
        statusCode: 503,
        error: 'Service Unavailable',
        message: 'nobody',
      };
      if (typeof answer === 'string') return answer;
      throw new ProblemError(answer);
    },
  };
  return { rpc: rpc as unknown as RpcClient, asked };
}

describe('a step sent to the work order’s writer', () => {
  const atHandling = atService(RaiseAtDispatch, 'handling').subject;

  it('names the same command under another service', () => {
    expect(atHandling).toBe('hotline.rpc.handling.work-orders.raise-difficulty.v1');
  });

  it('is answered where it was sent when that service writes the work order', async () => {
    const { rpc, asked } = servicesAnswering({ [RaiseAtDispatch.subject]: 'raised' });
    await expect(requestAtWriter(rpc, RaiseAtDispatch, { workOrderId: 'w' })).resolves.toBe('raised');
    expect(asked).toEqual([RaiseAtDispatch.subject]);
  });

  it('goes once to the writer a 409 names', async () => {
    const { rpc, asked } = servicesAnswering({
      [RaiseAtDispatch.subject]: conflict('handling'),
      [atHandling]: 'raised in handling',
    });
    await expect(requestAtWriter(rpc, RaiseAtDispatch, { workOrderId: 'w' })).resolves.toBe('raised in handling');
    expect(asked).toEqual([RaiseAtDispatch.subject, atHandling]);
  });

  it('answers the writer’s refusal, or that the writer is not available, without a third try', async () => {
    const refused = servicesAnswering({
      [RaiseAtDispatch.subject]: conflict('handling'),
      [atHandling]: conflict('dispatch'),
    });
    await expect(requestAtWriter(refused.rpc, RaiseAtDispatch, { workOrderId: 'w' })).rejects.toMatchObject({
      problem: { details: { writer: 'dispatch' } },
    });
    expect(refused.asked).toHaveLength(2);
    const down = servicesAnswering({ [RaiseAtDispatch.subject]: conflict('handling') });
    await expect(requestAtWriter(down.rpc, RaiseAtDispatch, { workOrderId: 'w' })).rejects.toMatchObject({
      problem: { statusCode: 503 },
    });
  });

  it('keeps the 409 when the contracts give the writer no such step, or none is named', async () => {
    const elsewhere = servicesAnswering({ [RaiseAtDispatch.subject]: conflict('callbacks') });
    await expect(requestAtWriter(elsewhere.rpc, RaiseAtDispatch, { workOrderId: 'w' })).rejects.toMatchObject({
      problem: { statusCode: 409, details: { writer: 'callbacks' } },
    });
    expect(elsewhere.asked).toHaveLength(1);
    const final = servicesAnswering({ [RaiseAtDispatch.subject]: conflict(null) });
    await expect(requestAtWriter(final.rpc, RaiseAtDispatch, { workOrderId: 'w' })).rejects.toMatchObject({
      problem: { statusCode: 409 },
    });
    expect(final.asked).toHaveLength(1);
  });
});
