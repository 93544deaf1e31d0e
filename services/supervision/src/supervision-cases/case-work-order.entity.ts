import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A work order a supervision case links (one or many; trigger 2 links a hot spot's). */
@Entity('supervision_case_work_orders')
@Index('IDX_supervision_case_work_orders_work_order', ['workOrderId'])
export class CaseWorkOrder {
  @PrimaryColumn({ name: 'case_id', type: 'uuid', primaryKeyConstraintName: 'PK_supervision_case_work_orders' })
  caseId: string;

  @PrimaryColumn({ name: 'work_order_id', type: 'uuid', primaryKeyConstraintName: 'PK_supervision_case_work_orders' })
  workOrderId: string;

  @Column({ name: 'linked_at', type: 'timestamptz' })
  linkedAt: Date;
}
