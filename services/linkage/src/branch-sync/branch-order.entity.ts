import { BranchOrderStatus } from '@hotline/domain';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/**
 * A branch centre's work order as we hold it (R10.2): one per (branch, external id), its `version` one more for each
 * change taken from the branch. Caller identity stays with the branch and is never here.
 */
@Entity('branch_orders')
@Unique('UQ_branch_orders_branch_external', ['branchCode', 'externalId'])
export class BranchOrder {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_branch_orders' })
  id: string;

  @Column({ name: 'branch_code', type: 'varchar', length: 32 })
  branchCode: string;

  @Column({ name: 'external_id', type: 'varchar', length: 64 })
  externalId: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 64 })
  number: string;

  @Column({ name: 'request_type', type: 'varchar', length: 32 })
  requestType: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  category: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  district: string | null;

  @Column({ type: 'text' })
  matter: string;

  @Column({ type: 'varchar', length: 16 })
  status: BranchOrderStatus;

  @Column({ name: 'handling_unit', type: 'varchar', length: 128, nullable: true })
  handlingUnit: string | null;

  @Column({ name: 'accepted_at', type: 'timestamptz' })
  acceptedAt: Date;

  @Column({ name: 'due_at', type: 'timestamptz', nullable: true })
  dueAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** the branch's time of the last change taken */
  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  @Column({ name: 'synced_at', type: 'timestamptz' })
  syncedAt: Date;
}
