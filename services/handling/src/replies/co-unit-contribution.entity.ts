import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** The reply fields of R18.1/R18.2 as the co unit gave them (times as ISO-8601). */
export interface ContributedReply {
  handledBy: string;
  handledAt: string;
  process: string;
  result: string;
  callerContacted: boolean;
  contactMethod?: string;
  outcome: 'solved' | 'plan' | 'not-possible';
  plan?: string;
  planDate?: string;
  explanation?: string;
}

/** R15.5: a co-handling unit's part of the handling, which the lead unit sees and answers for in its reply. */
@Entity('co_unit_contributions')
@Index('IDX_co_unit_contributions_work_order', ['workOrderId', 'submittedAt'])
export class CoUnitContributionRecord {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_co_unit_contributions' })
  id: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 64 })
  unitId: string;

  @Column({ name: 'submitted_by', type: 'varchar', length: 128 })
  submittedBy: string;

  @Column({ name: 'submitted_at', type: 'timestamptz' })
  submittedAt: Date;

  @Column({ type: 'jsonb' })
  reply: ContributedReply;
}
