import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ReturnReviewRecord } from './return-review.entity';

export interface ReturnCounts {
  returnsRequested: number;
  returnsApproved: number;
  returnsRejected: number;
}

export type ReturnDecisionRecord = Pick<
  ReturnReviewRecord,
  'comment' | 'reviewerId' | 'decidedAt' | 'redispatchedTo'
> & { decision: 'approved' | 'rejected' };

/** Units' return requests (R16.2) and the centre's decisions on them (R16.3): every query of the return_reviews table. */
@Injectable()
export class ReturnReviewRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findOf(manager: EntityManager, workOrderId: string, returnId: string): Promise<ReturnReviewRecord | null> {
    return manager.findOne(ReturnReviewRecord, { where: { id: returnId, workOrderId } });
  }

  /** A work order's return requests, the earliest first. */
  listOf(workOrderId: string): Promise<ReturnReviewRecord[]> {
    return this.dataSource.manager.find(ReturnReviewRecord, { where: { workOrderId }, order: { requestedAt: 'ASC' } });
  }

  /** The units whose return of the work order was approved. */
  async approvedUnitIds(manager: EntityManager, workOrderId: string): Promise<string[]> {
    const approved = await manager.find(ReturnReviewRecord, {
      select: { unitId: true },
      where: { workOrderId, decision: 'approved' },
    });
    return approved.map((review) => review.unitId);
  }

  /** A unit's return request as it arrives (R16.2); redelivered, it changes nothing. */
  async insertRequested(
    manager: EntityManager,
    request: Pick<
      ReturnReviewRecord,
      'id' | 'workOrderId' | 'dispatchNo' | 'unitId' | 'reason' | 'basis' | 'requestedAt'
    >,
  ): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ReturnReviewRecord)
      .values({ ...request, decision: null, comment: null, reviewerId: null, decidedAt: null, redispatchedTo: null })
      .orIgnore()
      .execute();
  }

  async recordDecision(manager: EntityManager, id: string, decision: ReturnDecisionRecord): Promise<void> {
    await manager.update(ReturnReviewRecord, { id }, decision);
  }

  /** How often a unit asked to return a work order, and how the centre decided. */
  async countsOf(unitId: string): Promise<ReturnCounts> {
    const row = await this.dataSource
      .getRepository(ReturnReviewRecord)
      .createQueryBuilder('review')
      .select('count(*)::int', 'returnsRequested')
      .addSelect(`count(*) FILTER (WHERE review.decision = 'approved')::int`, 'returnsApproved')
      .addSelect(`count(*) FILTER (WHERE review.decision = 'rejected')::int`, 'returnsRejected')
      .where('review.unit_id = :unitId', { unitId })
      .getRawOne<ReturnCounts>();
    return {
      returnsRequested: row?.returnsRequested ?? 0,
      returnsApproved: row?.returnsApproved ?? 0,
      returnsRejected: row?.returnsRejected ?? 0,
    };
  }
}
