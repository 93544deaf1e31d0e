import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AssignmentView, WorkOrderQuery } from '@hotline/contracts';
import { DataSource } from 'typeorm';
import { assertMayRead } from '../access/unit-scope';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { AssignmentRecord } from './assignment.entity';

/** Every (re-)dispatch of a work order: units, the rule followed or whose choice, who and when. */
@Injectable()
export class ListAssignmentsUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: WorkOrderReader,
  ) {}

  async execute(query: WorkOrderQuery): Promise<{ items: AssignmentView[] }> {
    const manager = this.dataSource.manager;
    assertMayRead(query.actor, await this.reader.find(manager, query.workOrderId));
    const rows = await manager.find(AssignmentRecord, { where: { workOrderId: query.workOrderId }, order: { dispatchNo: 'ASC' } });
    return {
      items: rows.map((row) => ({
        workOrderId: row.workOrderId,
        dispatchNo: row.dispatchNo,
        leadUnitId: row.leadUnitId,
        coUnitIds: row.coUnitIds,
        via: row.via,
        basis: row.basis,
        assignedBy: row.assignedBy as unknown as AssignmentView['assignedBy'],
        assignedAt: row.assignedAt.toISOString(),
      })),
    };
  }
}
