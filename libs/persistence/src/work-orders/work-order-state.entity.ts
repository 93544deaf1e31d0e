import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A service's copy of a work order (the domain's WorkOrder as JSON). The service that owns the work order's
 * current state (WORK_ORDER_WRITER) changes it under a row lock; the others take every newer snapshot from
 * the step events.
 */
@Entity('work_order_states')
@Index('IDX_work_order_states_lead_unit', ['leadUnitId'])
@Index('IDX_work_order_states_status', ['status'])
export class WorkOrderState {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_work_order_states' })
  id: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ type: 'varchar', length: 32 })
  status: string;

  @Column({ name: 'lead_unit_id', type: 'varchar', length: 64, nullable: true })
  leadUnitId: string | null;

  @Column({ name: 'co_unit_ids', type: 'text', array: true, default: () => "'{}'" })
  coUnitIds: string[];

  @Column({ type: 'jsonb' })
  state: Record<string, unknown>;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
