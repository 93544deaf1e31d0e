import type { BranchOrderStatus, WorkOrderStatus } from '@hotline/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * R10.2 supervision's copy of a branch centre's order (`linkage.branch-order-synced`): the highest version seen.
 * Its listing row (work_order_listing, same id) lists and searches it beside ours.
 */
@Entity('branch_orders')
@Index('IDX_branch_orders_unit', ['unitId'])
@Index('IDX_branch_orders_accepted', ['acceptedAt'])
@Index('IDX_branch_orders_closed', ['closedAt'])
export class BranchOrderRecord {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_branch_orders' })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  branch: string;

  @Column({ name: 'external_id', type: 'varchar', length: 128 })
  externalId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 64 })
  number: string;

  /** the unit of our directory that answers for the branch centre; null: centre staff alone see it */
  @Column({ name: 'unit_id', type: 'varchar', length: 64, nullable: true })
  unitId: string | null;

  @Column({ name: 'handling_unit', type: 'text', nullable: true })
  handlingUnit: string | null;

  @Column({ name: 'request_type', type: 'varchar', length: 32 })
  requestType: string;

  @Column({ type: 'text', nullable: true })
  category: string | null;

  @Column({ type: 'text', nullable: true })
  district: string | null;

  @Column({ type: 'text' })
  matter: string;

  /** as the branch reported it */
  @Column({ name: 'branch_status', type: 'varchar', length: 16 })
  branchStatus: BranchOrderStatus;

  /** the branch status read as ours (supervisedStatusOfBranchOrder), what the list shows and filters by */
  @Column({ type: 'varchar', length: 32 })
  status: WorkOrderStatus;

  @Column({ name: 'accepted_at', type: 'timestamptz' })
  acceptedAt: Date;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
