import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What dispatch knows of a work order to route it: from `workorder.created`, never caller identity. */
@Entity('routing_facts')
export class RoutingFactsRecord {
  @PrimaryColumn({ name: 'work_order_id', type: 'uuid', primaryKeyConstraintName: 'PK_routing_facts' })
  workOrderId: string;

  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ type: 'varchar', length: 16 })
  type: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  field: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  category: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  district: string | null;

  /** the caller's street (街道), the default of routing's `street` hint */
  @Column({ type: 'varchar', length: 64, nullable: true })
  street: string | null;

  @Column({ name: 'received_at', type: 'timestamptz' })
  receivedAt: Date;
}
