import { Injectable } from '@nestjs/common';
import {
  Actor,
  CallbackPendingRpc,
  DispatchWorkOrderCommand as DispatchInput,
  WorkOrderView,
} from '@hotline/contracts';
import { assertDispatchNamesUnits, assertSuggestionFound, choiceOfSuggestion, UnitChoice } from '@hotline/domain';
import { RpcClient } from '@hotline/messaging';
import { Transactions, WorkOrderStates } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { AssignUnits } from './assign-units';
import { RouteWorkOrder } from './route-work-order';

export class DispatchWorkOrderCommand {
  constructor(
    readonly workOrderId: string,
    readonly dispatch: DispatchInput,
    readonly actor: Actor,
    readonly now: Date,
  ) {}
}

/** The states in which the operator, through intake, still answers the caller or sends the request on. */
const OPERATOR_ANSWERED = new Set<string>(['callback-pending', 'reopened']);

/** POST …/dispatch (R15.3–R15.5, R22.1): to the units the operator names, or to the routing suggestion. */
@Injectable()
export class DispatchWorkOrderUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly states: WorkOrderStates,
    private readonly reader: WorkOrderReader,
    private readonly routing: RouteWorkOrder,
    private readonly units: AssignUnits,
    private readonly rpc: RpcClient,
  ) {}

  async execute(command: DispatchWorkOrderCommand): Promise<WorkOrderView> {
    const { workOrderId, actor, now } = command;
    assertDispatchNamesUnits(command.dispatch);
    await this.sendOnFromCallback(command);
    return this.transactions.afterHandover(workOrderId, 'dispatch', async (manager) => {
      await this.states.lock(manager, workOrderId);
      const choice = await this.choose(manager, command);
      const transition = await this.units.assign(manager, workOrderId, choice, {
        event: 'dispatch',
        via: 'dispatch',
        actor,
        now,
      });
      return this.reader.view(manager, transition.order, actor);
    });
  }

  /**
   * R15.2, Art. 20: a request waiting for its call back, or answered by the centre and called back unsatisfied,
   * belongs to intake. The operator may send it on instead: the units are checked first (a refused choice leaves it
   * waiting), then intake releases it and its step event hands it over. A work order dispatch has not seen yet is
   * asked about too: intake knows it, or answers 404.
   */
  private async sendOnFromCallback(command: DispatchWorkOrderCommand): Promise<void> {
    const manager = this.transactions.outside;
    const copy = await this.states.find(manager, command.workOrderId);
    if (copy && !OPERATOR_ANSWERED.has(copy.status)) return;
    if (copy) await this.units.check(manager, await this.choose(manager, command));
    await this.rpc.request(CallbackPendingRpc.releaseForDispatch, {
      workOrderId: command.workOrderId,
      actor: command.actor,
    });
  }

  private async choose(
    manager: EntityManager,
    { workOrderId, dispatch, actor }: DispatchWorkOrderCommand,
  ): Promise<UnitChoice> {
    if (dispatch.leadUnitId) {
      return {
        leadUnitId: dispatch.leadUnitId,
        coUnitIds: dispatch.coUnitIds ?? [],
        ...(dispatch.emergencyCategory ? { emergencyCategory: dispatch.emergencyCategory } : {}),
        basis: { source: 'chosen', by: actor.id, role: actor.role },
      };
    }
    const order = await this.reader.find(manager, workOrderId);
    const { result } = await this.routing.route(manager, order, {
      emergencyCategory: dispatch.emergencyCategory,
      street: dispatch.street,
    });
    assertSuggestionFound(result);
    return choiceOfSuggestion(result, { coUnitIds: dispatch.coUnitIds });
  }
}
