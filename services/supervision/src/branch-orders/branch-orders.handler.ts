import { Controller } from '@nestjs/common';
import { Ctx, EventPattern, Payload } from '@nestjs/microservices';
import { BranchOrderSynced, BranchOrderSyncedPayload, EventEnvelope } from '@hotline/contracts';
import { JetStreamContext } from '@hotline/messaging';
import { FollowBranchOrderCommand, FollowBranchOrderUseCase } from './follow-branch-order.use-case';

/** R10.2 branch centres' orders, as linkage syncs them. */
@Controller()
export class BranchOrdersHandler {
  constructor(private readonly follow: FollowBranchOrderUseCase) {}

  @EventPattern(BranchOrderSynced.subject)
  onSynced(@Payload() event: EventEnvelope<BranchOrderSyncedPayload>, @Ctx() ctx: JetStreamContext): Promise<void> {
    return this.follow.execute(new FollowBranchOrderCommand(ctx.getConsumer(), event));
  }
}
