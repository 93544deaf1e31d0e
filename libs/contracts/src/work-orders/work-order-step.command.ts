import { Actor } from '../events/event-envelope';

/** A step an actor takes on a work order, with the body of the request that asks for it, at `now`. */
export class WorkOrderStepCommand<TBody> {
  constructor(
    readonly actor: Actor,
    readonly workOrderId: string,
    readonly body: TBody,
    readonly now: Date,
  ) {}
}

/** A step on a request the work order holds (an extension, a reply), named by the id handling answered it with. */
export class PendingRequestStepCommand<TBody> {
  constructor(
    readonly actor: Actor,
    readonly workOrderId: string,
    readonly requestId: string,
    readonly body: TBody,
    readonly now: Date,
  ) {}
}
