import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Last work-order sequence handed out on a Beijing calendar day. */
@Entity('work_order_counters')
export class WorkOrderCounter {
  @PrimaryColumn({ type: 'char', length: 8 })
  day: string;

  @Column('integer')
  last: number;
}
