import { BadRequestException, ForbiddenException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, CallerView, domainActorOf, ReadCallerMessage } from '@hotline/contracts';
import { CallerReadDecision, decideCallerRead, maskName, maskPhone } from '@hotline/domain';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CallerCipher } from './caller-cipher';
import { CallerRead } from './caller-read.entity';
import { WorkOrderCaller, WorkOrderCallers } from './work-order-callers';

/**
 * R14.3/R18.1 a work order's caller, as the domain decides: in clear (with an audit row — who, role, unit, when, why,
 * work order — written in the same transaction as the read), masked for an assigned unit that gave no reason, or
 * refused. The old path by request id takes the same way.
 */
@Injectable()
export class ReadCallerUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: CallerCipher,
    private readonly callers: WorkOrderCallers,
  ) {}

  async execute(message: ReadCallerMessage, now: Date): Promise<CallerView> {
    const reader = domainActorOf(message.actor);
    const found = await this.callers.findFor(reader, message);
    const decision = decideCallerRead(reader, found.order ?? {}, found.request, message.reason);
    if (decision.kind === 'refused') throw refusal(decision);
    if (decision.kind === 'masked') return this.masked(found);
    return this.clear(found, message.actor, String(message.reason).trim(), now);
  }

  private clear({ request, workOrder }: WorkOrderCaller, actor: Actor, reason: string, now: Date): Promise<CallerView> {
    const unitId = actor.role === 'unit' ? (actor.unitId ?? null) : null;
    return this.dataSource.transaction(async (manager) => {
      await manager.insert(CallerRead, { id: randomUUID(), requestId: request.id, workOrderId: workOrder.id, readerId: actor.id, readerRole: String(actor.role), unitId, reason, readAt: now });
      const clear = (stored: string | null) => (stored ? this.cipher.decrypt(stored) : undefined);
      return withoutUndefined({
        requestId: request.id,
        anonymous: request.anonymous,
        view: 'clear' as const,
        name: clear(request.callerNameEnc),
        phone: clear(request.callerPhoneEnc),
        // A unit needs name and phone to contact the caller (Art. 18); the id number stays with the centre.
        idNumber: unitId ? undefined : clear(request.callerIdNumberEnc),
      });
    });
  }

  private masked({ request }: WorkOrderCaller): CallerView {
    const name = request.callerNameEnc ? maskName(this.cipher.decrypt(request.callerNameEnc)) : undefined;
    const phone = request.callerPhoneEnc ? maskPhone(this.cipher.decrypt(request.callerPhoneEnc)) : undefined;
    return withoutUndefined({ requestId: request.id, anonymous: request.anonymous, view: 'masked' as const, name, phone });
  }
}

function refusal(decision: Extract<CallerReadDecision, { kind: 'refused' }>): Error {
  if (decision.refusal !== 'reason-required') return new ForbiddenException(decision.why);
  return new BadRequestException({ statusCode: 400, error: 'Bad Request', message: decision.why, details: [{ field: 'reason', problems: [decision.why] }] });
}

export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
