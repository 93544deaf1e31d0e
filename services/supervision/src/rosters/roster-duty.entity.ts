import { DutyKind } from '@hotline/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** One entry of the hotline's duty roster (R11.1): a leader's answering day or a unit head's rotation day. */
@Entity('roster_duties')
@Index('IDX_roster_duties_date', ['date'])
export class RosterDuty {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_roster_duties' })
  id: string;

  @Column({ type: 'varchar', length: 32 })
  kind: DutyKind;

  /** the Beijing day, YYYY-MM-DD */
  @Column({ type: 'date' })
  date: string;

  @Column({ type: 'varchar', length: 64 })
  person: string;

  @Column({ name: 'unit_id', type: 'varchar', length: 64, nullable: true })
  unitId: string | null;

  /** the slot, HH:MM Beijing time; both null for the whole day */
  @Column({ name: 'slot_from', type: 'varchar', length: 5, nullable: true })
  slotFrom: string | null;

  @Column({ name: 'slot_until', type: 'varchar', length: 5, nullable: true })
  slotUntil: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note: string | null;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'created_by', type: 'varchar', length: 128 })
  createdBy: string;
}
