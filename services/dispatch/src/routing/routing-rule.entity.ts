import { RequestField, RequestType } from '@hotline/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** One entry of the dispatch catalogue (派单目录): category × area → lead (+ co) units, with priority. */
@Entity('routing_rules')
export class RoutingRuleRecord {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'PK_routing_rules' })
  id: string;

  @Column({ type: 'varchar', length: 128 })
  name: string;

  @Column({ type: 'text', array: true })
  categories: string[];

  @Column({ type: 'text', array: true })
  districts: string[];

  @Column({ type: 'text', array: true })
  streets: string[];

  @Column({ type: 'text', array: true })
  types: RequestType[];

  @Column({ type: 'text', array: true })
  fields: RequestField[];

  @Column({ name: 'lead_unit_id', type: 'varchar', length: 64 })
  leadUnitId: string;

  @Column({ name: 'co_unit_ids', type: 'text', array: true })
  coUnitIds: string[];

  @Column({ type: 'integer' })
  priority: number;

  @Column({ type: 'boolean' })
  direct: boolean;

  @Column({ type: 'boolean' })
  active: boolean;

  @Column({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
