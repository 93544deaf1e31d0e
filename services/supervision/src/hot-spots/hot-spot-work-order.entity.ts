import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A work order behind a hot spot: each belongs to one hot spot at most, and keeps its own handling. */
@Entity('hot_spot_work_orders')
@Index('IDX_hot_spot_work_orders_hot_spot', ['hotSpotId', 'receivedAt'])
export class HotSpotWorkOrder {
  @PrimaryColumn({ name: 'work_order_id', type: 'uuid', primaryKeyConstraintName: 'PK_hot_spot_work_orders' })
  workOrderId: string;

  @Column({ name: 'hot_spot_id', type: 'uuid' })
  hotSpotId: string;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;

  @Column({ name: 'linked_at', type: 'timestamptz' })
  linkedAt: Date;
}
