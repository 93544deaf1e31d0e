import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ReportFacts, ReportOrigin, ReportStateChange as StateChange, ReportStepInput } from '@hotline/domain';
import { insertRows, quotedTable } from '@hotline/persistence';
import { DataSource, EntityManager, EntityTarget, In, ObjectLiteral } from 'typeorm';
import { TimelineEntry } from '../timeline/timeline-entry.entity';
import { ReportBreakdownDay } from './report-breakdown-day.entity';
import { ReportDurationMinute } from './report-duration-minute.entity';
import { rollupDelta } from './report-rollups';
import { ReportRollupsRepository } from './report-rollups.repository';
import { ReportStateChange } from './report-state-change.entity';
import { ReportUnitDay } from './report-unit-day.entity';
import { ReportWorkOrder } from './report-work-order.entity';
import { stateChangeWrites } from './state-change-writes';

/** A work order's timeline as the report model folds it: where it came from and its lifecycle steps. */
export interface ReportTimeline {
  workOrderId: string;
  origin: ReportOrigin | null;
  steps: ReportStepInput[];
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

function timelinesOf(entries: TimelineEntry[]): ReportTimeline[] {
  const byOrder = new Map<string, ReportTimeline>();
  for (const entry of entries) {
    const timeline = byOrder.get(entry.workOrderId) ?? { workOrderId: entry.workOrderId, origin: null, steps: [] };
    byOrder.set(entry.workOrderId, timeline);
    const summary = entry.summary;
    if (typeof summary.step === 'string' && typeof summary.version === 'number') {
      timeline.steps.push({
        eventId: entry.eventId,
        version: summary.version,
        step: summary.step,
        from: text(summary.from),
        to: String(summary.to),
        at: new Date(typeof summary.at === 'string' ? summary.at : entry.occurredAt),
        details: (summary.details ?? {}) as Record<string, unknown>,
      });
    } else if (typeof summary.receivedAt === 'string' && typeof summary.type === 'string') {
      timeline.origin = {
        receivedAt: new Date(summary.receivedAt),
        type: summary.type,
        channel: text(summary.channel),
        field: text(summary.field),
        district: text(summary.district),
        status: text(summary.status) ?? 'received',
      };
    }
  }
  return [...byOrder.values()];
}

/** What a fold found already folded: the steps with a state change, and the orders whose creation it had. */
export interface FoldedBefore {
  eventIds: ReadonlySet<string>;
  originsOf: ReadonlySet<string>;
}

/** The report model's rows (R24.1) and the timeline they are folded from. */
@Injectable()
export class ReportModelRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly rollups: ReportRollupsRepository,
  ) {}

  async timelines(manager: EntityManager, workOrderIds: readonly string[]): Promise<ReportTimeline[]> {
    if (workOrderIds.length === 0) return [];
    const entries = await manager
      .getRepository(TimelineEntry)
      .createQueryBuilder('entry')
      .where('entry.workOrderId IN (:...ids)', { ids: workOrderIds })
      .getMany();
    return timelinesOf(entries);
  }

  /** The next work orders of the timeline after `after`, in id order (a rebuild's pages). */
  async workOrderIdsAfter(after: string, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT work_order_id AS id FROM ${this.table(TimelineEntry)}
        WHERE work_order_id > $1 ORDER BY work_order_id LIMIT $2`,
      [after, limit],
    );
    return rows.map((row) => row.id);
  }

  /**
   * Brings the rows of these work orders to their fold, writing only the state changes that differ, and adds the
   * difference between the stored rows and the fold to the rollups. Answers what had been folded before.
   */
  async replace(
    manager: EntityManager,
    models: { changes: StateChange[]; facts: ReportFacts }[],
  ): Promise<FoldedBefore> {
    if (models.length === 0) return { eventIds: new Set(), originsOf: new Set() };
    const ids = models.map((model) => model.facts.workOrderId);
    const stored = await manager.getRepository(ReportStateChange).find({ where: { workOrderId: In(ids) } });
    const storedFacts = await manager.getRepository(ReportWorkOrder).find({ where: { workOrderId: In(ids) } });
    const factsById = new Map(storedFacts.map((facts) => [facts.workOrderId, facts]));
    const storedChanges = new Map<string, ReportStateChange[]>();
    for (const row of stored) {
      const ofOrder = storedChanges.get(row.workOrderId);
      if (ofOrder) ofOrder.push(row);
      else storedChanges.set(row.workOrderId, [row]);
    }
    const delta = rollupDelta(
      models.map((model) => ({
        before: {
          facts: factsById.get(model.facts.workOrderId) ?? null,
          changes: storedChanges.get(model.facts.workOrderId) ?? [],
        },
        after: model,
      })),
    );
    const writes = stateChangeWrites(
      stored,
      models.flatMap((model) => model.changes),
    );
    if (writes.remove.length > 0)
      await manager.query(`DELETE FROM ${this.table(ReportStateChange)} WHERE event_id = ANY($1::uuid[])`, [
        writes.remove,
      ]);
    await insertRows(
      manager,
      ReportStateChange,
      writes.upsert,
      `ON CONFLICT ("event_id") DO UPDATE SET ${this.updateAll(ReportStateChange, 'event_id')}`,
    );
    await insertRows(
      manager,
      ReportWorkOrder,
      models.map((model) => model.facts),
      `ON CONFLICT ("work_order_id") DO UPDATE SET ${this.updateAll(ReportWorkOrder, 'work_order_id')}`,
    );
    await this.rollups.add(manager, delta);
    return {
      eventIds: new Set(stored.map((row) => row.eventId)),
      originsOf: new Set(storedFacts.filter((facts) => facts.receivedAt !== null).map((facts) => facts.workOrderId)),
    };
  }

  async truncate(): Promise<void> {
    const tables = [ReportStateChange, ReportWorkOrder, ReportUnitDay, ReportBreakdownDay, ReportDurationMinute];
    await this.dataSource.query(`TRUNCATE ${tables.map((table) => this.table(table)).join(', ')}`);
  }

  private table(entity: EntityTarget<ObjectLiteral>): string {
    return quotedTable(this.dataSource, entity);
  }

  private updateAll(entity: typeof ReportWorkOrder | typeof ReportStateChange, key: string): string {
    return this.dataSource
      .getMetadata(entity)
      .columns.filter((column) => column.databaseName !== key)
      .map((column) => `"${column.databaseName}" = EXCLUDED."${column.databaseName}"`)
      .join(', ');
  }
}
