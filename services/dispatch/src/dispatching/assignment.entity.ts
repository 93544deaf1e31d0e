import { Actor } from '@hotline/contracts';
import { EmergencyCategory } from '@hotline/domain';
import { Column, Entity, Index, PrimaryColumn, Unique } from 'typeorm';

/** Each (re-)dispatch of a work order: lead and co units, the rule or person that chose them, who and when. */
@Entity('assignments')
@Unique('UQ_assignments_work_order_dispatch', ['workOrderId', 'dispatchNo'])
@Index('IDX_assignments_lead_unit', ['leadUnitId'])
export class AssignmentRecord {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_assignments' })
  id: string;

  @Column({ name: 'work_order_id', type: 'uuid' })
  workOrderId: string;

  /** the work order's dispatch count after this assignment (1 for the first) */
  @Column({ name: 'dispatch_no', type: 'integer' })
  dispatchNo: number;

  @Column({ name: 'lead_unit_id', type: 'varchar', length: 64 })
  leadUnitId: string;

  @Column({ name: 'co_unit_ids', type: 'text', array: true })
  coUnitIds: string[];

  /** dispatch, return-redispatch, office-coordination, city-government-coordination */
  @Column({ type: 'varchar', length: 32 })
  via: string;

  /** the routing suggestion that was followed, or the person's own choice */
  @Column({ type: 'jsonb' })
  basis: Record<string, unknown>;

  @Column({ name: 'emergency_category', type: 'varchar', length: 32, nullable: true })
  emergencyCategory: EmergencyCategory | null;

  @Column({ name: 'assigned_by', type: 'jsonb' })
  assignedBy: Actor;

  @Column({ name: 'assigned_at', type: 'timestamptz' })
  assignedAt: Date;
}
