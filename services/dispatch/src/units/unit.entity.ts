import { UnitView } from '@hotline/contracts';
import { EmergencyCategory, UnitKind } from '@hotline/domain';
import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** A handling unit (承办单位) of the directory: editable reference data, seeded at start (R15, Art. 9). */
@Entity('units')
@Index('IDX_units_parent', ['parentId'])
export class UnitRecord {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_units' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: UnitKind;

  @Column({ name: 'parent_id', type: 'varchar', length: 64, nullable: true })
  parentId: string | null;

  @Column({ type: 'jsonb' })
  contacts: UnitView['contacts'];

  @Column({ type: 'text', array: true })
  areas: string[];

  @Column({ type: 'text', array: true })
  categories: string[];

  @Column({ name: 'emergency_categories', type: 'text', array: true })
  emergencyCategories: EmergencyCategory[];

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
