import { Injectable, Logger } from '@nestjs/common';
import { branchDrift } from '@hotline/domain';
import { ReconciliationPage } from '@hotline/partner-contracts';
import { EntityManager } from 'typeorm';
import { PartnerSequencesRepository } from '../partner-messages/partner-sequences.repository';
import { BranchOrdersRepository } from './branch-orders.repository';

/**
 * R10.2: a branch's reconciliation by cursor. Started by the periodic job, on reconnect, or after a gap that could not
 * be filled; each page moves the cursor on (the sync job asks for the next), the last one reports the drift between
 * the branch's count and the orders we hold, and closes the gaps the pages covered.
 */
@Injectable()
export class BranchReconciliations {
  private readonly logger = new Logger('BranchReconciliation');

  constructor(
    private readonly sequences: PartnerSequencesRepository,
    private readonly orders: BranchOrdersRepository,
  ) {}

  /** Starts from the first page; one already running goes on, unless it started `staleAfterMs` ago or more. */
  async start(manager: EntityManager, branchCode: string, now: Date, staleAfterMs = Infinity): Promise<void> {
    const state = await this.sequences.lockState(manager, branchCode);
    const started = state.reconciliationStartedAt?.getTime() ?? 0;
    if (state.reconciliationCursor !== null && now.getTime() - started < staleAfterMs) return;
    state.reconciliationCursor = '';
    state.reconciliationStartedAt = now;
    state.reconciliationRequestedAt = null;
    state.reconciliationThrough = null;
    await this.sequences.saveState(manager, state);
  }

  /**
   * After the page's orders were taken. A page that is not the one awaited (an answer repeated because it was asked
   * for again, or one nobody asked for) still brings its orders, and nothing more.
   */
  async pageReceived(manager: EntityManager, branchCode: string, page: ReconciliationPage, now: Date): Promise<void> {
    const state = await this.sequences.lockState(manager, branchCode);
    if (state.reconciliationCursor === null || state.reconciliationCursor !== page.cursor) return;
    state.reconciliationThrough ??= page.throughSequence.toString();
    if (page.nextCursor) {
      state.reconciliationCursor = page.nextCursor;
      state.reconciliationRequestedAt = null;
    } else {
      const held = await this.orders.countOf(branchCode, manager);
      const total = Number(page.total);
      state.reconciliationCursor = null;
      state.reconciliationRequestedAt = null;
      state.lastReconciledAt = now;
      state.branchTotal = total;
      state.heldAtReconciliation = held;
      state.drift = branchDrift(total, held);
      await this.sequences.closeGapsThrough(manager, branchCode, state.reconciliationThrough);
      const line = `branch ${branchCode} reconciled: it holds ${total}, we hold ${held}, drift ${state.drift}`;
      if (state.drift === 0) this.logger.log(line);
      else this.logger.warn(line);
    }
    await this.sequences.saveState(manager, state);
  }
}
