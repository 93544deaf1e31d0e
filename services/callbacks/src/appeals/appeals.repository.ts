import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { Appeal } from './appeal.entity';

export interface AppealDecision {
  readonly decision: 'approved' | 'rejected';
  readonly decidedBy: string;
  readonly decidedAt: Date;
}

/**
 * R20.3 appeals (the `appeals` table of Appeal). Every write joins the transaction of the step it belongs to, so an
 * appeal and its step commit or roll back together.
 */
@Injectable()
export class AppealsRepository {
  async insert(manager: EntityManager, appeal: Appeal): Promise<void> {
    await manager.insert(Appeal, appeal);
  }

  /** An appeal another service took, from its event: a redelivery, or one already recorded here, changes nothing. */
  async insertIfAbsent(manager: EntityManager, appeal: Appeal): Promise<void> {
    await manager.createQueryBuilder().insert().into(Appeal).values(appeal).orIgnore().execute();
  }

  /** Records the decision on the appeal if it is open; answers whether it was. */
  async decideOpen(
    manager: EntityManager,
    workOrderId: string,
    appealId: string,
    decision: AppealDecision,
  ): Promise<boolean> {
    const decided = await manager.update(Appeal, { id: appealId, workOrderId, decision: IsNull() }, decision);
    return decided.affected === 1;
  }
}
