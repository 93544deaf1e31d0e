import { BadRequestException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, CallerView } from '@hotline/contracts';
import { maskName, maskPhone, unitRoleIn } from '@hotline/domain';
import { randomUUID } from 'node:crypto';
import { WorkOrderStates } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { CitizenRequest } from '../requests/citizen-request.entity';
import { IntakeWorkOrder } from '../requests/intake-work-order.entity';
import { CallerCipher } from './caller-cipher';
import { CallerRead } from './caller-read.entity';

/** Centre staff who may read a caller's identity in clear, giving a reason (R14.3). */
const CLEAR_READERS = ['operator', 'reviewer', 'supervisor'];

/**
 * R14.3 a caller's identity: in clear for centre staff, with an audit row (who, when, why) written in the same
 * transaction as the read; masked for the units the work order is assigned to, nothing at all for an anonymous caller.
 */
@Injectable()
export class ReadCallerUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: CallerCipher,
    private readonly states: WorkOrderStates,
  ) {}

  async execute(requestId: string, actor: Actor, reason: string | undefined, now: Date): Promise<CallerView> {
    if (actor.role === 'unit') return this.masked(requestId, actor);
    const role = actor.role;
    if (!role || !CLEAR_READERS.includes(role)) throw new ForbiddenException('only operators, reviewers and supervisors read caller identity');
    const why = reason?.trim();
    if (!why) {
      const problem = 'reason is required: every read of clear caller data is audited (R14.3)';
      throw new BadRequestException({ statusCode: 400, error: 'Bad Request', message: problem, details: [{ field: 'reason', problems: [problem] }] });
    }
    return this.dataSource.transaction(async (manager) => {
      const request = await manager.findOne(CitizenRequest, { where: { id: requestId } });
      if (!request) throw new NotFoundException(`no request ${requestId}`);
      await manager.insert(CallerRead, { id: randomUUID(), requestId, readerId: actor.id, readerRole: role, reason: why, readAt: now });
      const clear = (stored: string | null) => (stored ? this.cipher.decrypt(stored) : undefined);
      return withoutUndefined({
        requestId,
        anonymous: request.anonymous,
        view: 'clear' as const,
        name: clear(request.callerNameEnc),
        phone: clear(request.callerPhoneEnc),
        idNumber: clear(request.callerIdNumberEnc),
      });
    });
  }

  /** A unit sees the caller of its own work orders only: those it leads or co-handles (from the followed steps). */
  private async masked(requestId: string, actor: Actor): Promise<CallerView> {
    const manager = this.dataSource.manager;
    const request = await manager.findOne(CitizenRequest, { where: { id: requestId } });
    if (!request) throw new NotFoundException(`no request ${requestId}`);
    const workOrder = await manager.findOne(IntakeWorkOrder, { where: { requestId } });
    const order = workOrder ? await this.states.find(manager, workOrder.id) : null;
    if (!order || unitRoleIn(order, actor.unitId) === undefined) throw new ForbiddenException(`the work order of request ${requestId} is not assigned to unit ${actor.unitId ?? '(none)'}`);
    if (request.anonymous) return { anonymous: true };
    const name = request.callerNameEnc ? maskName(this.cipher.decrypt(request.callerNameEnc)) : undefined;
    const phone = request.callerPhoneEnc ? maskPhone(this.cipher.decrypt(request.callerPhoneEnc)) : undefined;
    return withoutUndefined({ requestId, anonymous: false, view: 'masked' as const, name, phone });
  }
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
