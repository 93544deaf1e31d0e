import { Injectable } from '@nestjs/common';
import { BranchSyncView } from '@hotline/contracts';
import { contiguousThrough } from '@hotline/domain';
import { PartnerSequencesRepository } from '../partner-messages/partner-sequences.repository';
import { BranchOrdersRepository } from './branch-orders.repository';

/** R10.2: each branch centre's sync for the partner registry's view: sequence, open gaps, reconciliation, drift. */
@Injectable()
export class BranchSyncViews {
  constructor(
    private readonly sequences: PartnerSequencesRepository,
    private readonly orders: BranchOrdersRepository,
  ) {}

  async byBranch(): Promise<Map<string, BranchSyncView>> {
    const [states, gaps, held] = await Promise.all([
      this.sequences.states(),
      this.sequences.gapsOf(),
      this.orders.countsByBranch(),
    ]);
    const views = new Map<string, BranchSyncView>();
    const codes = new Set([...states.map((state) => state.partnerCode), ...held.keys()]);
    for (const code of codes) {
      const state = states.find((candidate) => candidate.partnerCode === code);
      const open = gaps
        .filter((gap) => gap.partnerCode === code)
        .map((gap) => ({ from: Number(gap.fromSequence), to: Number(gap.toSequence), requests: gap.requests }));
      const lastSequence = Number(state?.highestSequence ?? 0);
      views.set(code, {
        lastSequence,
        contiguousThrough: contiguousThrough(lastSequence, open),
        openGaps: open,
        reconciling: (state?.reconciliationCursor ?? null) !== null,
        lastReconciledAt: state?.lastReconciledAt?.toISOString() ?? null,
        heldOrders: held.get(code) ?? 0,
        branchTotal: state?.branchTotal ?? null,
        drift: state?.drift ?? null,
      });
    }
    return views;
  }

  /** A branch that has sent nothing yet. */
  static empty(): BranchSyncView {
    return {
      lastSequence: 0,
      contiguousThrough: 0,
      openGaps: [],
      reconciling: false,
      lastReconciledAt: null,
      heldOrders: 0,
      branchTotal: null,
      drift: null,
    };
  }
}
