import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { ListTransfersQuery, TransferRpc, TransferView, TransferWorkOrderMessage } from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { TransferWorkOrderCommand, TransferWorkOrderUseCase } from './transfer-work-order.use-case';
import { toTransferView } from './transfer-view';
import { TransfersOutRepository } from './transfers-out.repository';

@Controller()
export class TransfersHandler {
  constructor(
    private readonly transferWorkOrder: TransferWorkOrderUseCase,
    private readonly transfers: TransfersOutRepository,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(TransferRpc.transfer.subject)
  transfer(@Payload() { workOrderId, transfer, actor }: TransferWorkOrderMessage): Promise<TransferView> {
    return this.transferWorkOrder.execute(new TransferWorkOrderCommand(workOrderId, transfer, actor, this.clock.now()));
  }

  /** GET /api/v1/linkage/transfers?status=unacknowledged: what still waits for a partner's acknowledgement. */
  @MessagePattern(TransferRpc.list.subject)
  async list(@Payload() query: ListTransfersQuery): Promise<{ items: TransferView[] }> {
    return { items: (await this.transfers.list(query)).map(toTransferView) };
  }
}
