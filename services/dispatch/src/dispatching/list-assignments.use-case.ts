import { Injectable } from '@nestjs/common';
import { AssignmentView, WorkOrderQuery } from '@hotline/contracts';
import { assertMayRead } from '../access/unit-scope';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { AssignmentRepository } from './assignment.repository';
import { Transactions } from '@hotline/persistence';

/** Every (re-)dispatch of a work order: units, the rule followed or whose choice, who and when. */
@Injectable()
export class ListAssignmentsUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly reader: WorkOrderReader,
    private readonly assignments: AssignmentRepository,
  ) {}

  async execute(query: WorkOrderQuery): Promise<{ items: AssignmentView[] }> {
    assertMayRead(query.actor, await this.reader.find(this.transactions.outside, query.workOrderId));
    const rows = await this.assignments.listOf(query.workOrderId);
    return {
      items: rows.map((row) => ({
        workOrderId: row.workOrderId,
        dispatchNo: row.dispatchNo,
        leadUnitId: row.leadUnitId,
        coUnitIds: row.coUnitIds,
        via: row.via,
        basis: row.basis,
        assignedBy: row.assignedBy,
        assignedAt: row.assignedAt.toISOString(),
      })),
    };
  }
}
