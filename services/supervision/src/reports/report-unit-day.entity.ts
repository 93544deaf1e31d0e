import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * R24.1 the monthly counts of one lead unit on one day (Beijing), kept by the fold from each order's row diff so a
 * month is read from about 30 × units rows. `unit_key` is '' for steps under no unit.
 */
@Entity('report_unit_days')
export class ReportUnitDay {
  @PrimaryColumn({ type: 'date', primaryKeyConstraintName: 'PK_report_unit_days' })
  day: string;

  @PrimaryColumn({ name: 'unit_key', type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_report_unit_days' })
  unitKey: string;

  /** every state change under the unit, counted or not (a unit with any step that month is listed) */
  @Column({ name: 'state_changes', type: 'integer' })
  stateChanges: number;

  @Column({ type: 'integer' })
  received: number;

  @Column({ type: 'integer' })
  dispatched: number;

  @Column({ type: 'integer' })
  returned: number;

  @Column({ name: 'returns_approved', type: 'integer' })
  returnsApproved: number;

  @Column({ type: 'integer' })
  signed: number;

  @Column({ name: 'signed_on_time', type: 'integer' })
  signedOnTime: number;

  @Column({ type: 'integer' })
  completed: number;

  @Column({ name: 'completed_on_time', type: 'integer' })
  completedOnTime: number;

  @Column({ name: 'completed_late', type: 'integer' })
  completedLate: number;

  @Column({ type: 'integer' })
  extensions: number;

  @Column({ name: 'extensions_approved', type: 'integer' })
  extensionsApproved: number;

  @Column({ type: 'integer' })
  callbacks: number;

  @Column({ type: 'integer' })
  contacted: number;

  @Column({ type: 'integer' })
  satisfied: number;

  @Column({ name: 'appeals_excluded', type: 'integer' })
  appealsExcluded: number;

  @Column({ type: 'integer' })
  rehandled: number;
}
