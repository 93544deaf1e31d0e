import { BadRequestException, Injectable, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, CallbackPendingRpc, DispatchWorkOrderCommand, WorkOrderView } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { WorkOrderStates } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { AssignUnits, UnitChoice } from './assign-units';
import { RouteWorkOrder } from './route-work-order';

/** POST …/dispatch (R15.3–R15.5, R22.1): to the units the operator names, or to the routing suggestion. */
/** The states in which the operator, through intake, still answers the caller or sends the request on. */
const OPERATOR_ANSWERED = new Set<string>(['callback-pending', 'reopened']);

@Injectable()
export class DispatchWorkOrderUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly states: WorkOrderStates,
    private readonly reader: WorkOrderReader,
    private readonly routing: RouteWorkOrder,
    private readonly units: AssignUnits,
    private readonly rpc: RpcClient,
  ) {}

  async execute(workOrderId: string, command: DispatchWorkOrderCommand, actor: Actor, now: Date): Promise<WorkOrderView> {
    if (!command.leadUnitId && command.useSuggestion !== true) {
      throw new BadRequestException({ message: 'leadUnitId: name the lead unit, or set useSuggestion: true', details: { field: 'leadUnitId' } });
    }
    await this.sendOnFromCallback(workOrderId, command, actor);
    await this.states.awaitHandover(this.dataSource, workOrderId, 'dispatch');
    return this.dataSource.transaction(async (manager) => {
      await this.states.lock(manager, workOrderId);
      const choice = await this.choose(manager, workOrderId, command, actor);
      const transition = await this.units.assign(manager, workOrderId, choice, { event: 'dispatch', via: 'dispatch', actor, now });
      return this.reader.view(manager, transition.order, actor);
    });
  }

  /**
   * R15.2, Art. 20: a request waiting for its call back, or answered by the centre and called back unsatisfied,
   * belongs to intake. The operator may send it on instead: the units are checked first (a refused choice leaves it
   * waiting), then intake releases it and its step event hands it over. A work order dispatch has not seen yet is
   * asked about too: intake knows it, or answers 404.
   */
  private async sendOnFromCallback(workOrderId: string, command: DispatchWorkOrderCommand, actor: Actor): Promise<void> {
    const manager = this.dataSource.manager;
    const copy = await this.states.find(manager, workOrderId);
    if (copy && !OPERATOR_ANSWERED.has(copy.status)) return;
    if (copy) await this.units.check(manager, await this.choose(manager, workOrderId, command, actor));
    await this.rpc.request(CallbackPendingRpc.releaseForDispatch, { workOrderId, actor });
  }

  private async choose(manager: EntityManager, workOrderId: string, command: DispatchWorkOrderCommand, actor: Actor): Promise<UnitChoice> {
    if (command.leadUnitId) {
      return {
        leadUnitId: command.leadUnitId,
        coUnitIds: command.coUnitIds ?? [],
        ...(command.emergencyCategory ? { emergencyCategory: command.emergencyCategory } : {}),
        basis: { source: 'chosen', by: actor.id, role: actor.role },
      };
    }
    const order = await this.reader.find(manager, workOrderId);
    const { result } = await this.routing.route(manager, order, { emergencyCategory: command.emergencyCategory, street: command.street });
    if (!result.found) {
      throw new UnprocessableEntityException({ message: `no routing suggestion: ${result.explanation}; name leadUnitId`, details: { suggestion: result } });
    }
    return {
      leadUnitId: result.leadUnitId,
      coUnitIds: command.coUnitIds ?? result.coUnitIds,
      ...(result.emergencyCategory ? { emergencyCategory: result.emergencyCategory } : {}),
      basis: { source: 'suggestion', ...result.basis, explanation: result.explanation },
    };
  }
}
