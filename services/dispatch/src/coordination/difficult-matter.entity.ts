import { Actor } from '@hotline/contracts';
import { Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** A difficult matter (R21.1): raised, perhaps escalated to the city government, and the unit finally named. */
@Entity('difficult_matters')
@Unique('UQ_difficult_matters_work_order_version', ['workOrderId', 'raisedVersion'])
export class DifficultMatterRecord {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_difficult_matters' })
  id: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  /** the work order's version after the raise-difficulty step: the same matter whoever records it first */
  @Column({ name: 'raised_version', type: 'integer' })
  raisedVersion: number;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Column({ name: 'raised_by', type: 'jsonb' })
  raisedBy: Actor;

  @Column({ name: 'raised_at', type: 'timestamptz' })
  raisedAt: Date;

  /** office (市热线信箱办) or city-government */
  @Column({ type: 'varchar', length: 16 })
  level: 'office' | 'city-government';

  @Column({ name: 'escalated_at', type: 'timestamptz', nullable: true })
  escalatedAt: Date | null;

  @Column({ name: 'assigned_unit_id', type: 'varchar', length: 64, nullable: true })
  assignedUnitId: string | null;

  @Column({ name: 'resolved_by', type: 'varchar', length: 64, nullable: true })
  resolvedBy: string | null;

  @Column({ name: 'resolved_at', type: 'timestamptz', nullable: true })
  resolvedAt: Date | null;
}
