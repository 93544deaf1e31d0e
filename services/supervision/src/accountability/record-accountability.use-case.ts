import { Injectable } from '@nestjs/common';
import { DispatchRpc, RecordAccountabilityMessage, RecordedAccountabilityView } from '@hotline/contracts';
import { invalidField, NotFoundError } from '@hotline/domain';
import { RpcClient } from '@hotline/messaging';
import { Transactions } from '@hotline/persistence';
import { randomUUID } from 'node:crypto';
import { WorkOrderListingRepository } from '../work-orders/work-order-listing.repository';
import { AccountabilityRecord } from './accountability-record.entity';
import { AccountabilityRecordRepository } from './accountability-record.repository';

export class RecordAccountabilityCommand extends RecordAccountabilityMessage {
  now: Date;
}

/**
 * POST /api/v1/accountability: Art. 26(4) or (7) evidence about a unit, recorded by a supervisor. The unit must be in
 * the directory (404), the work order, when named, must exist (404), and the conduct must have happened (400).
 */
@Injectable()
export class RecordAccountabilityUseCase {
  constructor(
    private readonly rpc: RpcClient,
    private readonly transactions: Transactions,
    private readonly records: AccountabilityRecordRepository,
    private readonly workOrders: WorkOrderListingRepository,
  ) {}

  async execute({ actor, body, now }: RecordAccountabilityCommand): Promise<RecordedAccountabilityView> {
    const occurredAt = new Date(body.occurredAt);
    if (occurredAt.getTime() > now.getTime()) {
      throw invalidField('occurredAt', 'the conduct recorded must have happened (not after now)');
    }
    await this.rpc.request(DispatchRpc.getUnit, { id: body.unitId });
    if (body.workOrderId && !(await this.workOrders.findCopy(body.workOrderId))) {
      throw new NotFoundError(`no work order ${body.workOrderId}`);
    }
    const record: AccountabilityRecord = {
      id: randomUUID(),
      unitId: body.unitId,
      item: body.item,
      workOrderId: body.workOrderId ?? null,
      occurredAt,
      description: body.description.trim(),
      evidence: body.evidence.map((entry) => entry.trim()),
      recordedBy: actor.id,
      recordedAt: now,
    };
    await this.transactions.run((manager) => this.records.insert(manager, record));
    return recordedView(record);
  }
}

export function recordedView(record: AccountabilityRecord): RecordedAccountabilityView {
  return {
    id: record.id,
    unitId: record.unitId,
    item: record.item as RecordedAccountabilityView['item'],
    ...(record.workOrderId ? { workOrderId: record.workOrderId } : {}),
    occurredAt: record.occurredAt.toISOString(),
    description: record.description,
    evidence: record.evidence,
    recordedBy: record.recordedBy,
    recordedAt: record.recordedAt.toISOString(),
  };
}
