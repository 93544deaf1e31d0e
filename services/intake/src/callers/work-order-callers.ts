import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, NotFoundError, unitRoleIn, WorkOrder } from '@hotline/domain';
import { WORK_ORDER_STATES_OPTIONS, WorkOrderStates, type WorkOrderStatesOptions } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { CitizenRequest } from '../requests/citizen-request.entity';
import { CitizenRequestRepository } from '../requests/citizen-request.repository';
import { IntakeWorkOrder } from '../requests/intake-work-order.entity';
import { IntakeWorkOrderRepository } from '../requests/intake-work-order.repository';

const POLL_MS = 20;

/** A work order's caller as intake holds it: the request (identity encrypted), the work order, intake's copy of its state. */
export interface WorkOrderCaller {
  request: CitizenRequest;
  workOrder: IntakeWorkOrder;
  order: WorkOrder | null;
}

/** Finds the caller of a work order (or of a request, the old path), with the assignment the access rules look at. */
@Injectable()
export class WorkOrderCallers {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly requests: CitizenRequestRepository,
    private readonly workOrders: IntakeWorkOrderRepository,
    private readonly states: WorkOrderStates,
    @Inject(WORK_ORDER_STATES_OPTIONS) private readonly handover: WorkOrderStatesOptions,
  ) {}

  async find(ref: { workOrderId?: string; requestId?: string }): Promise<WorkOrderCaller> {
    const workOrder = ref.workOrderId
      ? await this.workOrders.findById(ref.workOrderId)
      : await this.workOrders.findByRequestId(String(ref.requestId));
    const request = workOrder ? await this.requests.findById(workOrder.requestId) : null;
    if (!workOrder || !request)
      throw new NotFoundError(ref.workOrderId ? `no work order ${ref.workOrderId}` : `no request ${ref.requestId}`);
    return { request, workOrder, order: await this.state(workOrder.id) };
  }

  /**
   * `find` for a unit that may have been dispatched a moment ago: intake's copy follows the dispatch event, so it
   * waits, a bounded while (HOTLINE_HANDOVER_WAIT_MS), for the unit to appear on the work order before answering.
   */
  async findFor(reader: Actor, ref: { workOrderId?: string; requestId?: string }): Promise<WorkOrderCaller> {
    const until = Date.now() + this.handover.handoverWaitMs;
    let found = await this.find(ref);
    while (reader.role === 'unit' && unitRoleIn(found.order ?? {}, reader.unitId) === undefined && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      found = { ...found, order: await this.state(found.workOrder.id) };
    }
    return found;
  }

  /** Intake's copy of the work order's state, as the follower keeps it. */
  private state(workOrderId: string): Promise<WorkOrder | null> {
    return this.states.find(this.dataSource.manager, workOrderId);
  }
}
