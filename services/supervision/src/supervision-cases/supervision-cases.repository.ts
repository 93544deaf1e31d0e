import { Injectable } from '@nestjs/common';
import { PagePosition, SupervisionCaseFilters } from '@hotline/contracts';
import {
  HANDLED_WORK_ORDER_STATUSES,
  SUPERVISION_ENDED_STATUSES,
  SupervisionCase,
  supervisionCaseFromJson,
  supervisionCaseToJson,
} from '@hotline/domain';
import { insertRows } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { BranchOrderRecord } from '../branch-orders/branch-order.entity';
import { CaseWorkOrder } from './case-work-order.entity';
import { SupervisionCaseRecord } from './supervision-case.entity';
import { WorkOrderListing } from '../work-orders/work-order-listing.entity';

/** What else a case row records beside the domain's case. */
export interface CaseRecordExtras {
  openedBy: string;
  /** automatic cases (triggers 1 and 3): `<trigger>:<work order>` */
  automaticKey?: string;
}

/** A case as stored: the domain's case and who opened it. */
export interface StoredCase {
  supervisionCase: SupervisionCase;
  openedBy: string;
}

export interface CaseListQuery {
  filters: Omit<SupervisionCaseFilters, 'cursor' | 'limit'>;
  /** a unit's view: the cases of these units (its own, and those below it read-only, Art. 8(4)) */
  visibleToUnits?: readonly string[];
  /** after the last case of the previous page (newest first): its openedAt and id */
  after?: PagePosition;
  rows: number;
}

/** A work order that supervision did not get handled (Art. 26(2)): its case resolved or escalated, the order not done. */
export interface UnhandledAfterSupervision {
  workOrderId: string;
  caseId: string;
  caseStatus: string;
  trigger: number;
  workOrderStatus: string;
  leadUnitId: string | null;
  openedAt: Date;
  closedAt: Date | null;
}

/**
 * Supervision cases (`supervision_cases`, the domain's case as JSON) and the work orders they link
 * (`supervision_case_work_orders`). Every write joins the caller's transaction.
 */
@Injectable()
export class SupervisionCasesRepository {
  /** Answers false when an automatic case of the same key is still open, or the hot spot has its case already. */
  async insert(manager: EntityManager, supervisionCase: SupervisionCase, extras: CaseRecordExtras): Promise<boolean> {
    const inserted = await insertRows(
      manager,
      SupervisionCaseRecord,
      [
        {
          ...columnsOf(supervisionCase),
          openedAt: supervisionCase.openedAt,
          openedBy: extras.openedBy,
          automaticKey: extras.automaticKey ?? null,
          hotSpotId: supervisionCase.hotSpotId ?? null,
        },
      ],
      'ON CONFLICT DO NOTHING RETURNING id',
    );
    if (inserted.length === 0) return false;
    await this.link(manager, supervisionCase.id, supervisionCase.workOrderIds, supervisionCase.openedAt);
    return true;
  }

  async link(manager: EntityManager, caseId: string, workOrderIds: readonly string[], at: Date): Promise<void> {
    const rows = workOrderIds.map((workOrderId) => ({ caseId, workOrderId, linkedAt: at }));
    await insertRows(manager, CaseWorkOrder, rows, 'ON CONFLICT DO NOTHING');
  }

  async save(manager: EntityManager, supervisionCase: SupervisionCase): Promise<void> {
    const { id, status, version, due, unitIds, state } = columnsOf(supervisionCase);
    await manager
      .createQueryBuilder()
      .update(SupervisionCaseRecord)
      .set({ status, version, due, unitIds, state: () => ':state' })
      .setParameter('state', JSON.stringify(state))
      .where('id = :id', { id })
      .execute();
  }

  /** The case, locked until the transaction ends; null when there is none. */
  async lock(manager: EntityManager, caseId: string): Promise<StoredCase | null> {
    const record = await manager.findOne(SupervisionCaseRecord, {
      where: { id: caseId },
      lock: { mode: 'pessimistic_write' },
    });
    return record ? storedOf(record) : null;
  }

  async lockByHotSpot(manager: EntityManager, hotSpotId: string): Promise<SupervisionCase | null> {
    const record = await manager.findOne(SupervisionCaseRecord, {
      where: { hotSpotId },
      lock: { mode: 'pessimistic_write' },
    });
    return record ? supervisionCaseFromJson(record.state) : null;
  }

  /**
   * The lead unit of each work order supervision has a copy of (absent: no copy, or not dispatched yet: null), and of
   * each branch centre's order the unit answering for it (R10.2: supervised like ours).
   */
  async leadUnitsOf(manager: EntityManager, workOrderIds: readonly string[]): Promise<Map<string, string | null>> {
    if (workOrderIds.length === 0) return new Map();
    const ids = [...workOrderIds];
    const ours = await manager
      .getRepository(WorkOrderListing)
      .createQueryBuilder('s')
      .select(['s.id', 's.leadUnitId'])
      .where('s.id IN (:...ids)', { ids })
      .andWhere('s.state IS NOT NULL')
      .getMany();
    const branch = await manager
      .getRepository(BranchOrderRecord)
      .createQueryBuilder('b')
      .select(['b.id', 'b.unitId'])
      .where('b.id IN (:...ids)', { ids })
      .getMany();
    return new Map([
      ...branch.map((row): [string, string | null] => [row.id, row.unitId]),
      ...ours.map((row): [string, string | null] => [row.id, row.leadUnitId]),
    ]);
  }

  /** The cases' linked work orders, by case. */
  async workOrdersOf(manager: EntityManager, caseIds: readonly string[]): Promise<Map<string, string[]>> {
    const linked = new Map<string, string[]>();
    if (caseIds.length === 0) return linked;
    const rows = await manager
      .getRepository(CaseWorkOrder)
      .createQueryBuilder('l')
      .where('l.case_id IN (:...caseIds)', { caseIds })
      .orderBy('l.linked_at', 'ASC')
      .addOrderBy('l.work_order_id', 'ASC')
      .getMany();
    for (const row of rows) linked.set(row.caseId, [...(linked.get(row.caseId) ?? []), row.workOrderId]);
    return linked;
  }

  /** A page of cases, newest first. */
  async page(manager: EntityManager, { filters, visibleToUnits, after, rows }: CaseListQuery): Promise<StoredCase[]> {
    const query = manager
      .getRepository(SupervisionCaseRecord)
      .createQueryBuilder('c')
      .orderBy('c.opened_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .limit(rows);
    if (visibleToUnits) query.andWhere('c.unit_ids && CAST(:visible AS text[])', { visible: [...visibleToUnits] });
    if (filters.unitId) query.andWhere('c.unit_ids @> ARRAY[CAST(:unit AS text)]', { unit: filters.unitId });
    if (filters.status) query.andWhere('c.status = :status', { status: filters.status });
    if (filters.trigger) query.andWhere('c.trigger = :trigger', { trigger: filters.trigger });
    if (filters.workOrderId) {
      const linked = query
        .subQuery()
        .select('1')
        .from(CaseWorkOrder, 'l')
        .where('l.case_id = c.id')
        .andWhere('l.work_order_id = :wo')
        .getQuery();
      query.andWhere(`EXISTS ${linked}`, { wo: filters.workOrderId });
    }
    if (after) {
      query.andWhere('(c.opened_at, c.id) < (:cursorAt, :cursorId)', { cursorAt: after.at, cursorId: after.id });
    }
    const records = await query.getMany();
    return records.map(storedOf);
  }

  /**
   * Art. 26(2) 应办未办，经督办仍未办理: the work orders whose case was resolved or escalated while the order is still not
   * handled (isUnhandledAfterSupervision of @hotline/domain, in SQL), for a unit (lead unit now) and the month
   * the case was opened in, if given.
   */
  unhandledAfterSupervision(
    manager: EntityManager,
    filter: { unitId?: string; openedFrom?: Date; openedBefore?: Date } = {},
  ): Promise<UnhandledAfterSupervision[]> {
    const query = manager
      .getRepository(CaseWorkOrder)
      .createQueryBuilder('l')
      .innerJoin(SupervisionCaseRecord, 'c', 'c.id = l.case_id')
      .innerJoin(WorkOrderListing, 's', 's.id = l.work_order_id AND s.state IS NOT NULL')
      .select('l.work_order_id', 'workOrderId')
      .addSelect('c.id', 'caseId')
      .addSelect('c.status', 'caseStatus')
      .addSelect('c.trigger', 'trigger')
      .addSelect('s.status', 'workOrderStatus')
      .addSelect('s.lead_unit_id', 'leadUnitId')
      .addSelect('c.opened_at', 'openedAt')
      .addSelect(`COALESCE(c.state->>'resolvedAt', c.state->'escalation'->>'at')`, 'closedAt')
      .where('c.status IN (:...ended)', { ended: SUPERVISION_ENDED_STATUSES })
      .andWhere('s.status NOT IN (:...handled)', { handled: HANDLED_WORK_ORDER_STATUSES })
      .orderBy('c.opened_at', 'ASC');
    if (filter.unitId) query.andWhere('s.lead_unit_id = :unit', { unit: filter.unitId });
    if (filter.openedFrom) query.andWhere('c.opened_at >= :from', { from: filter.openedFrom });
    if (filter.openedBefore) query.andWhere('c.opened_at < :before', { before: filter.openedBefore });
    return query.getRawMany<UnhandledAfterSupervision>();
  }
}

function columnsOf(supervisionCase: SupervisionCase) {
  return {
    id: supervisionCase.id,
    trigger: supervisionCase.trigger,
    method: supervisionCase.method,
    status: supervisionCase.status,
    version: supervisionCase.version,
    due: supervisionCase.deadline.due,
    unitIds: [...supervisionCase.unitIds],
    state: supervisionCaseToJson(supervisionCase),
  };
}

function storedOf(record: SupervisionCaseRecord): StoredCase {
  return { supervisionCase: supervisionCaseFromJson(record.state), openedBy: record.openedBy };
}
