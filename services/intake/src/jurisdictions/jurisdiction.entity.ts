import { JurisdictionKind } from '@hotline/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** R13.2 one district, county, city, zone, township or street of Xiangtan. */
@Entity('jurisdictions')
export class Jurisdiction {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  code: string;

  @Column({ type: 'varchar', length: 32 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  kind: JurisdictionKind;

  @Column({ name: 'parent_code', type: 'varchar', length: 64, nullable: true })
  parentCode: string | null;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  aliases: string[];

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt: Date;
}
