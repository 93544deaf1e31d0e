// Handling booted in-process on a database and NATS namespace of its own; work orders arrive the way they do in
// production: as dispatch's step events on JetStream, carrying the snapshot the domain built.
import { INestApplication } from '@nestjs/common';
import { Actor, EventEnvelope, LifecycleStep, WorkOrderStepEvents, WorkOrderStepPayload } from '@hotline/contracts';
import {
  Actor as DomainActor,
  applyWorkOrderCommand,
  createWorkOrder,
  RequestType,
  WorkOrder,
  WorkOrderCommand,
  WorkOrderTransition,
} from '@hotline/domain';
import { MESSAGING_OPTIONS, MessagingOptions, NatsConnectionHolder, RpcClient } from '@hotline/messaging';
import { Clock } from '@hotline/platform';
import { stepPayload, WorkOrderStates } from '@hotline/persistence';
import {
  beijingTime,
  createTestEnvironment,
  eventually,
  startServiceInProcess,
  TestEnvironment,
} from '@hotline/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { AppModule } from '../src/app.module';

export const LEAD = 'unit-yuhu-district';
export const CO = 'unit-market-bureau';
export const OTHER = 'unit-xiangtan-county';

export const unitActor = (unitId: string, id = `${unitId}-handler`): Actor => ({
  kind: 'user',
  id,
  role: 'unit',
  unitId,
});
export const REVIEWER: Actor = { kind: 'user', id: 'rv-1', role: 'reviewer' };
const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const OPERATOR_DOMAIN: DomainActor = { role: 'operator', id: 'op-1' };

/** An instant given in Beijing time, e.g. beijing('2026-03-02 11:00'). */
export const beijing = beijingTime;

export interface DispatchOptions {
  type?: RequestType;
  lead?: string;
  co?: string[];
}

export class HandlingHarness {
  app!: INestApplication;
  rpc!: RpcClient;
  dataSource!: DataSource;
  private environment!: TestEnvironment;

  async start(label: string): Promise<void> {
    this.environment = await createTestEnvironment(label);
    // The tests move the service's Clock themselves (setNow) and run the sweep themselves.
    const env = { ...this.environment.env, HOTLINE_DEEM_SIGNED_SWEEP_MS: '0' };
    this.app = await startServiceInProcess(AppModule, 'handling', env);
    this.rpc = this.app.get(RpcClient);
    this.dataSource = this.app.get(DataSource);
  }

  async stop(): Promise<void> {
    await this.app?.close();
    await this.environment?.teardown();
  }

  /** Moves the service's time. */
  setNow(at: Date): void {
    this.app.get(Clock).set(at);
  }

  find(id: string): Promise<WorkOrder | null> {
    return this.app.get(WorkOrderStates).find(this.dataSource.manager, id);
  }

  /** A new work order dispatched by the operator at `at` (through the domain), announced as dispatch would. */
  async dispatched(
    at: Date,
    options: DispatchOptions = {},
    transition = dispatchTransition(at, options),
  ): Promise<WorkOrder> {
    return this.announce('dispatch', transition, OPERATOR);
  }

  /** Another service's step on handling's current copy, published on JetStream; resolves once handling followed it. */
  async stepElsewhere(
    id: string,
    step: LifecycleStep & WorkOrderCommand['event'],
    command: WorkOrderCommand,
    actor: Actor,
    domainActor: DomainActor,
    at: Date,
  ): Promise<WorkOrder> {
    const current = await this.find(id);
    if (!current) throw new Error(`handling has no work order ${id}`);
    return this.announce(step, applyWorkOrderCommand(current, command, { actor: domainActor, now: at }), actor);
  }

  async outboxOf(
    id: string,
  ): Promise<Array<{ type: string; envelope: EventEnvelope<WorkOrderStepPayload>; sentAt: Date | null }>> {
    return this.dataSource.query(
      `SELECT type, envelope, sent_at AS "sentAt" FROM handling.outbox WHERE work_order_id = $1 ORDER BY id`,
      [id],
    );
  }

  /**
   * Publishes a step event again with a new event id, as an operator's re-publish would; resolves once handling's
   * consumer has acknowledged it (a copy-only follow leaves no inbox row to wait for).
   */
  async replay(step: LifecycleStep, transition: WorkOrderTransition): Promise<void> {
    const ack = await this.publish(step, transition, OPERATOR);
    const { namespace } = this.app.get<MessagingOptions>(MESSAGING_OPTIONS);
    const jsm = await this.app.get(NatsConnectionHolder).manager();
    await eventually(
      () => jsm.consumers.info(ack.stream, namespace.durable(WorkOrderStepEvents[step].subject)),
      (info) => info.ack_floor.stream_seq >= ack.seq,
    );
  }

  private async announce(step: LifecycleStep, transition: WorkOrderTransition, actor: Actor): Promise<WorkOrder> {
    await this.publish(step, transition, actor);
    await eventually(
      () => this.find(transition.order.id),
      (order) => order?.version === transition.order.version,
    );
    return transition.order;
  }

  /** Publishes the step's event; answers JetStream's acknowledgement (its stream and sequence). */
  private async publish(step: LifecycleStep, transition: WorkOrderTransition, actor: Actor) {
    const definition = WorkOrderStepEvents[step];
    const envelope: EventEnvelope<WorkOrderStepPayload> = {
      id: uuidv7(),
      type: definition.type,
      schemaVersion: definition.schemaVersion,
      occurredAt: transition.step.at.toISOString(),
      workOrderId: transition.order.id,
      actor,
      payload: stepPayload(transition),
    };
    const { namespace } = this.app.get<MessagingOptions>(MESSAGING_OPTIONS);
    const js = await this.app.get(NatsConnectionHolder).jetstream();
    return js.publish(namespace.subject(definition.subject), new TextEncoder().encode(JSON.stringify(envelope)), {
      msgID: envelope.id,
    });
  }
}

/** A new complaint received, accepted and dispatched by the operator at `at`, through the domain. */
export function dispatchTransition(at: Date, options: DispatchOptions = {}): WorkOrderTransition {
  const context = { actor: OPERATOR_DOMAIN, now: at };
  const received = createWorkOrder(
    { id: randomUUID(), type: options.type ?? 'complaint', channel: 'phone' },
    context,
  ).order;
  const accepted = applyWorkOrderCommand(received, { event: 'accept-for-dispatch' }, context).order;
  const command: WorkOrderCommand = {
    event: 'dispatch',
    leadUnitId: options.lead ?? LEAD,
    coUnitIds: options.co ?? [],
  };
  return applyWorkOrderCommand(accepted, command, context);
}
