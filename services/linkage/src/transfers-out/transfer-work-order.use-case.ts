import { Injectable } from '@nestjs/common';
import { Actor, SupervisionRpc, TransferInput, TransferView } from '@hotline/contracts';
import { NotFoundError, RegulationViolationError } from '@hotline/domain';
import { RpcClient } from '@hotline/messaging';
import { PartnersRepository } from '../partners/partners.repository';
import { SendTransfer } from './send-transfer';
import { toTransferView } from './transfer-view';

export class TransferWorkOrderCommand {
  constructor(
    readonly workOrderId: string,
    readonly transfer: TransferInput,
    readonly actor: Actor,
    readonly now: Date,
  ) {}
}

/**
 * POST /api/v1/work-orders/{id}/transfers (R10.1, R13.1 reason 5, R15.4): after the voice transfer the incident
 * follows at once — the matter and the place as supervision serves them, and the callback number when the caller
 * agreed. The delivery job sends it again until the partner's business acknowledgement arrives. A second transfer of
 * the order to the same partner (also one an emergency rejection already sent) is a 409.
 */
@Injectable()
export class TransferWorkOrderUseCase {
  constructor(
    private readonly rpc: RpcClient,
    private readonly partners: PartnersRepository,
    private readonly sender: SendTransfer,
  ) {}

  async execute({ workOrderId, transfer: input, actor, now }: TransferWorkOrderCommand): Promise<TransferView> {
    const partner = await this.partners.find(input.partner);
    if (!partner) throw new NotFoundError(`no partner ${input.partner}`);
    if (!partner.enabled) throw new RegulationViolationError('R10.1', `partner ${partner.code} is disabled`);
    const workOrder = await this.rpc.request(SupervisionRpc.workOrder, { workOrderId, viewer: actor });
    const matter = workOrder.request;
    if (!matter) throw new NotFoundError(`work order ${workOrderId} has no matter yet`);
    const sent = await this.sender.send(
      {
        workOrderId,
        ...(workOrder.number ? { number: workOrder.number } : {}),
        matter: { ...matter, category: workOrder.category ?? matter.category },
        partner,
        shareCallback: input.shareCallback === true,
      },
      actor,
      now,
    );
    return toTransferView(sent);
  }
}
