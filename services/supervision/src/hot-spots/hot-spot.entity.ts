import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * R23.1 trigger 2: concentrated complaints about one place (street, else district: `street` '') × category, detected
 * against their own baseline. Its work orders are linked in `hot_spot_work_orders`, never merged.
 */
@Entity('hot_spots')
@Index('IDX_hot_spots_place', ['district', 'street', 'category', 'activeUntil'])
@Index('IDX_hot_spots_last_received', ['lastReceivedAt', 'id'])
export class HotSpot {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_hot_spots' })
  id: string;

  @Column({ type: 'varchar', length: 64 })
  district: string;

  /** '' for a hot spot of a whole district (its work orders named no street) */
  @Column({ type: 'varchar', length: 64 })
  street: string;

  @Column({ type: 'varchar', length: 64 })
  category: string;

  @Column({ name: 'detected_at', type: 'timestamptz' })
  detectedAt: Date;

  @Column({ name: 'window_start', type: 'timestamptz' })
  windowStart: Date;

  @Column({ name: 'window_end', type: 'timestamptz' })
  windowEnd: Date;

  @Column({ name: 'detected_count', type: 'integer' })
  detectedCount: number;

  @Column({ type: 'double precision' })
  baseline: number;

  @Column({ name: 'member_count', type: 'integer' })
  memberCount: number;

  @Column({ name: 'last_received_at', type: 'timestamptz' })
  lastReceivedAt: Date;

  /** later work orders of its place × category join it until then (the last one's time + the active period) */
  @Column({ name: 'active_until', type: 'timestamptz' })
  activeUntil: Date;
}
