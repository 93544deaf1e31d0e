import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { InjectDataSource } from '@nestjs/typeorm';
import { DispatchRpc, ReturnDecisionMessage, ReturnView, WorkOrderQuery, WorkOrderView } from '@hotline/contracts';
import { Clock } from '@hotline/messaging';
import { DataSource } from 'typeorm';
import { assertMayRead } from '../access/unit-scope';
import { WorkOrderReader } from '../work-orders/work-order-reader';
import { DecideReturnUseCase } from './decide-return.use-case';
import { ReturnReviewRecord } from './return-review.entity';
import { toReturnView } from './return-view';

@Controller()
export class ReturnsHandler {
  constructor(
    private readonly decideReturn: DecideReturnUseCase,
    private readonly reader: WorkOrderReader,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(DispatchRpc.listReturns.subject)
  async list(@Payload() query: WorkOrderQuery): Promise<{ items: ReturnView[] }> {
    const manager = this.dataSource.manager;
    const order = await this.reader.find(manager, query.workOrderId);
    const rows = await manager.find(ReturnReviewRecord, { where: { workOrderId: query.workOrderId }, order: { requestedAt: 'ASC' } });
    assertMayRead(query.actor, order, rows.map((row) => row.unitId));
    return { items: rows.map(toReturnView) };
  }

  @MessagePattern(DispatchRpc.decideReturn.subject)
  decide(@Payload() message: ReturnDecisionMessage): Promise<WorkOrderView> {
    return this.decideReturn.execute(message.workOrderId, message.returnId, message.decision, message.actor, this.clock.now());
  }
}
