import { Controller } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { EventEnvelope, WorkOrderRejected, WorkOrderRejectedPayload } from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import {
  TransferEmergencyRejectionCommand,
  TransferEmergencyRejectionUseCase,
} from './transfer-emergency-rejection.use-case';

/** R13.1(5): every rejection, for the emergencies (reason 5) that linkage transfers by itself. */
@Controller()
export class EmergencyRejectionsHandler {
  constructor(
    private readonly transfer: TransferEmergencyRejectionUseCase,
    private readonly clock: Clock,
  ) {}

  @EventPattern(WorkOrderRejected.subject)
  onRejected(@Payload() event: EventEnvelope<WorkOrderRejectedPayload>): Promise<void> {
    return this.transfer.execute(new TransferEmergencyRejectionCommand(event.payload, event.actor, this.clock.now()));
  }
}
