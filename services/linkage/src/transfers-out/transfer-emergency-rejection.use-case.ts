import { Injectable } from '@nestjs/common';
import { Actor, WorkOrderRejectedPayload } from '@hotline/contracts';
import { partnerLineFor, RegulationViolationError, StateConflictError, transferTargetProblem } from '@hotline/domain';
import { PartnersRepository } from '../partners/partners.repository';
import { SendTransfer } from './send-transfer';
import { TransfersOutRepository } from './transfers-out.repository';

export class TransferEmergencyRejectionCommand {
  constructor(
    readonly rejection: WorkOrderRejectedPayload,
    /** the operator who rejected it: the callback number is read as them */
    readonly actor: Actor,
    readonly now: Date,
  ) {}
}

/**
 * R13.1(5), R10.1, R15.4: a request rejected as an emergency is transferred by itself — to the line the operator
 * named, or else to the one whose agreed list holds its category. When no line takes it, nothing is sent and the
 * operator is alerted (an `unrouted` transfer). Followed once: an order that has any transfer already (a redelivered
 * event, or the operator's own POST) is left as it is.
 */
@Injectable()
export class TransferEmergencyRejectionUseCase {
  constructor(
    private readonly partners: PartnersRepository,
    private readonly transfers: TransfersOutRepository,
    private readonly sender: SendTransfer,
  ) {}

  async execute({ rejection, actor, now }: TransferEmergencyRejectionCommand): Promise<void> {
    const { workOrderId, request: matter } = rejection;
    if (rejection.reasonCode !== 5 || !matter) return;
    if (await this.transfers.anyOfWorkOrder(workOrderId)) return;
    const order = { workOrderId, ...(rejection.number ? { number: rejection.number } : {}), matter };
    const partners = await this.partners.list();
    const named = rejection.transferTo;
    const partner = named
      ? partners.find((candidate) => candidate.code === named)
      : (partnerLineFor(matter.category, partners) ?? undefined);
    // the named line was checked when the request was recorded, but may have been disabled since
    const problem = named
      ? transferTargetProblem(named, partner)
      : `no enabled line's agreed list takes category ${matter.category ?? '(none)'}: transfer by hand`;
    if (!partner || (named && problem)) return this.sender.unrouted(order, problem ?? 'no partner', actor, now);
    const shareCallback = rejection.shareCallback === true;
    try {
      await this.sender.send({ ...order, partner, shareCallback }, actor, now);
    } catch (error) {
      // the operator's POST got there first
      if (error instanceof StateConflictError) return;
      // an anonymous caller or one without a number: the emergency goes on all the same, without one
      if (!(error instanceof RegulationViolationError) || !shareCallback) throw error;
      await this.sender.send({ ...order, partner, shareCallback: false }, actor, now).catch((again: unknown) => {
        if (!(again instanceof StateConflictError)) throw again;
      });
    }
  }
}
