import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { WorkOrderListing } from './work-order-listing.entity';

/**
 * A row per co-handling unit of a listed work order (R15.5), so that a unit's page of the orders it co-handles is read
 * in its own order from an index, as the orders it leads are. The listing's `co_unit_ids` is an array, and a GIN index
 * finds its rows but cannot order them. The database keeps these rows: a trigger on `work_order_listing` writes them
 * whenever the units, the running deadline or the arrival change (migration 1767900000001), so no writer can forget
 * them.
 */
@Entity('work_order_co_handling')
@Index('IDX_work_order_co_handling_due', ['unitId', 'dueOrder', 'workOrderId'])
@Index('IDX_work_order_co_handling_received', ['unitId', 'receivedAt', 'workOrderId'])
export class WorkOrderCoHandling {
  @PrimaryColumn({ name: 'work_order_id', type: 'uuid', primaryKeyConstraintName: 'PK_work_order_co_handling' })
  workOrderId: string;

  @PrimaryColumn({
    name: 'unit_id',
    type: 'varchar',
    length: 64,
    primaryKeyConstraintName: 'PK_work_order_co_handling',
  })
  unitId: string;

  /** the listing's `coalesce(current_due, 'infinity')`: the key of the nearest-deadline order */
  @Column({ name: 'due_order', type: 'timestamptz' })
  dueOrder: Date;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @ManyToOne(() => WorkOrderListing, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'work_order_id', foreignKeyConstraintName: 'FK_work_order_co_handling_listing' })
  listing?: WorkOrderListing;
}
