import { Injectable } from '@nestjs/common';
import {
  Actor,
  EventDefinition,
  WorkOrderDeadlinePayload,
  WorkOrderDueSoon,
  WorkOrderOverdue,
} from '@hotline/contracts';
import { Clock, IntervalJob } from '@hotline/platform';
import { OutboxEntry, OutboxWriter, Transactions } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { SupervisionCasesRepository } from '../supervision-cases/supervision-cases.repository';
import { SupervisionConfig } from '../supervision.config';
import { ClaimedDeadline, WatchedDeadlinesRepository } from './watched-deadlines.repository';

export const DEADLINE_WATCH_ACTOR: Actor = Object.freeze({ kind: 'system', id: 'deadline-watch' }) as Actor;

/** What one sweep announced. */
export interface SweepResult {
  overdue: number;
  dueSoon: number;
}

/**
 * The deadline watch: every HOTLINE_DEADLINE_WATCH_MS it announces the deadlines that passed (`workorder.overdue`)
 * and those a share of whose period passed (`workorder.due-soon`), each once: a row is marked announced in the same
 * transaction as its event's outbox row, and replicas that sweep at once skip each other's rows.
 */
@Injectable()
export class DeadlineWatch extends IntervalJob {
  constructor(
    private readonly transactions: Transactions,
    private readonly deadlines: WatchedDeadlinesRepository,
    private readonly cases: SupervisionCasesRepository,
    private readonly outbox: OutboxWriter,
    clock: Clock,
    private readonly config: SupervisionConfig,
  ) {
    super(clock, config.HOTLINE_DEADLINE_WATCH_MS);
  }

  protected async run(now: Date): Promise<string | undefined> {
    const { overdue, dueSoon } = await this.runOnce(now);
    return overdue + dueSoon > 0 ? `announced ${overdue} deadline(s) overdue, ${dueSoon} due soon` : undefined;
  }

  /** One sweep at `now`: overdue first, so a deadline found both due soon and passed is announced overdue only. */
  async runOnce(now: Date = this.clock.now()): Promise<SweepResult> {
    const overdue = await this.announceAll(WorkOrderOverdue, now, (manager, batch) =>
      this.deadlines.claimOverdue(manager, now, batch),
    );
    const dueSoon = await this.announceAll(WorkOrderDueSoon, now, (manager, batch) =>
      this.deadlines.claimDueSoon(manager, now, batch),
    );
    return { overdue, dueSoon };
  }

  private async announceAll(
    definition: EventDefinition<WorkOrderDeadlinePayload>,
    now: Date,
    claim: (manager: EntityManager, batch: number) => Promise<ClaimedDeadline[]>,
  ): Promise<number> {
    const batch = this.config.HOTLINE_DEADLINE_WATCH_BATCH;
    let total = 0;
    for (;;) {
      const announced = await this.transactions.run(async (manager) => {
        const claimed = await claim(manager, batch);
        await this.outbox.addMany(manager, await this.eventsOf(manager, definition, claimed, now));
        return claimed.length;
      });
      total += announced;
      if (announced < batch) return total;
    }
  }

  private async eventsOf(
    manager: EntityManager,
    definition: EventDefinition<WorkOrderDeadlinePayload>,
    claimed: ClaimedDeadline[],
    now: Date,
  ): Promise<OutboxEntry[]> {
    const caseIds = claimed.flatMap((row) => (row.caseId ? [row.caseId] : []));
    const linked = await this.cases.workOrdersOf(manager, caseIds);
    return claimed.map((row) => {
      const payload: WorkOrderDeadlinePayload = {
        workOrderId: row.workOrderId,
        kind: row.kind,
        from: row.startsAt.toISOString(),
        due: row.due.toISOString(),
        ...(row.caseId ? { caseId: row.caseId, workOrderIds: linked.get(row.caseId) ?? [row.workOrderId] } : {}),
      };
      return {
        definition,
        payload,
        meta: { actor: DEADLINE_WATCH_ACTOR, workOrderId: row.workOrderId, occurredAt: now },
      } as OutboxEntry;
    });
  }
}
