import { Injectable } from '@nestjs/common';
import { Actor, CallerView, domainActorOf, ReadCallerMessage } from '@hotline/contracts';
import {
  invalidField,
  AccessDeniedError,
  CallerReadDecision,
  decideCallerRead,
  maskName,
  maskPhone,
  readsCallerIdNumber,
} from '@hotline/domain';
import { randomUUID } from 'node:crypto';
import { CallerCipher } from './caller-cipher';
import { CallerReadRepository } from './caller-read.repository';
import { WorkOrderCaller, WorkOrderCallers } from './work-order-callers';
import { Transactions } from '@hotline/persistence';

/** GET /api/v1/work-orders/{id}/caller?reason=&note= (or the old path by request id), at the clock's time. */
export class ReadCallerCommand extends ReadCallerMessage {
  now: Date;
}

/**
 * R14.3/R18.1 a work order's caller, as the domain decides: in clear (with an audit row — who, role, unit, when, why,
 * work order — written in the same transaction as the read), masked for an assigned unit that gave no reason, or
 * refused. The old path by request id takes the same way.
 */
@Injectable()
export class ReadCallerUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly reads: CallerReadRepository,
    private readonly cipher: CallerCipher,
    private readonly callers: WorkOrderCallers,
  ) {}

  async execute(command: ReadCallerCommand): Promise<CallerView> {
    const reader = domainActorOf(command.actor);
    const found = await this.callers.findFor(reader, command);
    const decision = decideCallerRead(reader, found.order ?? {}, found.request, command.reason);
    if (decision.kind === 'refused') throw refusal(decision);
    if (decision.kind === 'masked') return this.masked(found);
    return this.clear(
      found,
      command.actor,
      { reason: String(command.reason), note: command.note?.trim() || null },
      command.now,
    );
  }

  private clear(
    { request, workOrder, order }: WorkOrderCaller,
    actor: Actor,
    why: { reason: string; note: string | null },
    now: Date,
  ): Promise<CallerView> {
    const unitId = actor.role === 'unit' ? (actor.unitId ?? null) : null;
    return this.transactions.run(async (manager) => {
      await this.reads.insert(manager, {
        id: randomUUID(),
        requestId: request.id,
        workOrderId: workOrder.id,
        readerId: actor.id,
        readerRole: String(actor.role),
        unitId,
        ...why,
        readAt: now,
        workOrderStatus: order?.status ?? null,
      });
      const clear = (stored: string | null) => (stored ? this.cipher.decrypt(stored) : undefined);
      return withoutUndefined({
        requestId: request.id,
        anonymous: request.anonymous,
        view: 'clear' as const,
        name: clear(request.callerNameEnc),
        phone: clear(request.callerPhoneEnc),
        idNumber: readsCallerIdNumber(domainActorOf(actor)) ? clear(request.callerIdNumberEnc) : undefined,
      });
    });
  }

  private masked({ request }: WorkOrderCaller): CallerView {
    const name = request.callerNameEnc ? maskName(this.cipher.decrypt(request.callerNameEnc)) : undefined;
    const phone = request.callerPhoneEnc ? maskPhone(this.cipher.decrypt(request.callerPhoneEnc)) : undefined;
    return withoutUndefined({
      requestId: request.id,
      anonymous: request.anonymous,
      view: 'masked' as const,
      name,
      phone,
    });
  }
}

function refusal(decision: Extract<CallerReadDecision, { kind: 'refused' }>): Error {
  if (decision.refusal !== 'reason-required') return new AccessDeniedError(decision.why);
  return invalidField('reason', decision.why);
}

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
