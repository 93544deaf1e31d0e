import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * Art. 26 evidence the platform finds in the work orders' steps, one row per step event: (1) a return refused after
 * review (`reject-return`), (3) a callback that contradicts the reply (`record-callback`, replyContradictionsOf).
 */
@Entity('accountability_findings')
@Index('IDX_accountability_findings_unit', ['unitId', 'occurredAt'])
@Index('IDX_accountability_findings_item', ['item', 'occurredAt'])
export class AccountabilityFinding {
  @PrimaryColumn({ name: 'event_id', type: 'uuid', primaryKeyConstraintName: 'PK_accountability_findings' })
  eventId: string;

  /** the item of Art. 26: 1 or 3 */
  @Column({ type: 'smallint' })
  item: number;

  @Column({ name: 'unit_id', type: 'varchar', length: 64 })
  unitId: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  @Column({ name: 'occurred_at', type: 'timestamptz' })
  occurredAt: Date;

  /** what the register shows of it (RefusedReturnView or ReplyContradictionView without work order and unit) */
  @Column({ type: 'jsonb' })
  details: Record<string, unknown>;
}
