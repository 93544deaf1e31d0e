import { BaseRpcContext } from '@nestjs/microservices';

type JetStreamContextArgs = [subject: string, deliveryCount: number, consumer: string];

/** What a handler may learn about the delivery it is processing (`@Ctx() ctx: JetStreamContext`). */
export class JetStreamContext extends BaseRpcContext<JetStreamContextArgs> {
  getSubject(): string {
    return this.args[0];
  }
  getDeliveryCount(): number {
    return this.args[1];
  }
  /** The durable consumer's name: use it as the inbox key. */
  getConsumer(): string {
    return this.args[2];
  }
}
