import { Injectable, Logger } from '@nestjs/common';
import { Envelope } from '@hotline/partner-contracts';
import { EntityManager } from 'typeorm';
import { PartnersRepository } from '../partners/partners.repository';
import { BranchOrderUpsert } from './branch-order-upsert';
import { BranchReconciliations } from './branch-reconciliations';

/**
 * R10.2: a branch centre's message, in the transaction that stored it: an order upserted, a status changed, or a
 * reconciliation page's orders upserted and the reconciliation moved on. A status for an order we do not hold yet
 * (its first message is still missing) starts a reconciliation, which brings the order as the branch has it now.
 */
@Injectable()
export class ApplyBranchMessage {
  private readonly logger = new Logger('BranchSync');

  constructor(
    private readonly partners: PartnersRepository,
    private readonly upsert: BranchOrderUpsert,
    private readonly reconciliations: BranchReconciliations,
  ) {}

  /** false when the message is not a branch centre's */
  async apply(manager: EntityManager, envelope: Envelope, now: Date): Promise<boolean> {
    const { body } = envelope;
    if (body.case !== 'branchWorkOrder' && body.case !== 'branchStatus' && body.case !== 'reconciliationPage')
      return false;
    const branch = await this.partners.find(envelope.partner, manager);
    if (!branch) return false;
    switch (body.case) {
      case 'branchWorkOrder':
        await this.upsert.take(manager, branch, [body.value], now);
        break;
      case 'branchStatus':
        if ((await this.upsert.status(manager, branch, body.value, now)) === null) {
          this.logger.warn(`branch ${branch.code}: a status for an order not held yet; reconciling`);
          await this.reconciliations.start(manager, branch.code, now);
        }
        break;
      case 'reconciliationPage':
        await this.upsert.take(manager, branch, body.value.orders, now);
        await this.reconciliations.pageReceived(manager, branch.code, body.value, now);
        break;
    }
    return true;
  }
}
