import { INestApplication } from '@nestjs/common';
import {
  Actor,
  DispatchRpc,
  EventDefinition,
  EventEnvelope,
  WorkOrderCreated,
  WorkOrderStepEvents,
  WorkOrderStepPayload,
} from '@hotline/contracts';
import {
  applyWorkOrderCommand,
  createWorkOrder,
  RequestField,
  RequestType,
  WorkOrder,
  WorkOrderCommand,
  workOrderFromJson,
  workOrderToJson,
} from '@hotline/domain';
import { NatsConnectionHolder, RpcClient } from '@hotline/messaging';
import { stepPayload } from '@hotline/persistence';
import { createTestEnvironment, eventually, TestEnvironment, startServiceInProcess } from '@hotline/testing';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';

export const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
export const REVIEWER: Actor = { kind: 'user', id: 'rv-1', role: 'reviewer' };
export const SUPERVISOR: Actor = { kind: 'user', id: 'sv-1', role: 'supervisor' };
export const unitActor = (unitId: string): Actor => ({ kind: 'user', id: `h-${unitId}`, role: 'unit', unitId });

let numbers = 0;

/** The dispatch service booted in-process on a fresh database and NATS prefix; events published as intake and handling would. */
export class DispatchHarness {
  private readonly published = new Map<
    string,
    { definition: EventDefinition<object>; subject: string; body: Uint8Array }
  >();

  private constructor(
    readonly environment: TestEnvironment,
    readonly app: INestApplication,
  ) {}

  static async start(label: string): Promise<DispatchHarness> {
    const environment = await createTestEnvironment(label);
    const env = { ...environment.env, HOTLINE_OUTBOX_POLL_MS: '200' };
    const app = await startServiceInProcess(AppModule, 'dispatch', env);
    return new DispatchHarness(environment, app);
  }

  get rpc(): RpcClient {
    return this.app.get(RpcClient);
  }

  get db(): DataSource {
    return this.app.get(DataSource);
  }

  /** The operator's dispatch of a work order (the body as the operator's form sends it), over dispatch's RPC. */
  dispatch(workOrderId: string, body: Record<string, unknown>) {
    return this.rpc.request(DispatchRpc.dispatch, { actor: OPERATOR, workOrderId, dispatch: body });
  }

  async close(): Promise<void> {
    await this.app?.close();
    await this.environment?.teardown();
  }

  /** Publishes an event on JetStream exactly as another service's outbox relay would. */
  async publish<T extends object>(
    definition: EventDefinition<T>,
    payload: T,
    actor: Actor,
    workOrderId: string,
    at = new Date(),
  ): Promise<string> {
    const envelope: EventEnvelope<T> = {
      id: randomUUID(),
      type: definition.type,
      schemaVersion: definition.schemaVersion,
      occurredAt: at.toISOString(),
      workOrderId,
      actor,
      payload,
    };
    const message = {
      definition: definition as EventDefinition<object>,
      subject: `${this.environment.natsPrefix}.${definition.subject}`,
      body: new TextEncoder().encode(JSON.stringify(envelope)),
    };
    this.published.set(envelope.id, message);
    const js = await this.app.get(NatsConnectionHolder).jetstream();
    await js.publish(message.subject, message.body, { msgID: envelope.id });
    return envelope.id;
  }

  /**
   * The same event once more, past JetStream's de-duplication (a replay): only the inbox stands in the way.
   * Resolves once dispatch's consumer has acknowledged it.
   */
  async replay(eventId: string): Promise<void> {
    const message = this.published.get(eventId);
    if (!message) throw new Error(`event ${eventId} was not published by this harness`);
    const nats = this.app.get(NatsConnectionHolder);
    const ack = await (await nats.jetstream()).publish(message.subject, message.body, { msgID: randomUUID() });
    const durable = `dispatch__${message.definition.subject.replace(/[^A-Za-z0-9]+/g, '_')}`;
    const jsm = await nats.manager();
    await eventually(
      () => jsm.consumers.info(ack.stream, durable),
      (info) => info.ack_floor.stream_seq >= ack.seq,
    );
  }

  /** Intake opens a work order awaiting dispatch and announces it; resolves once dispatch has its copy. */
  async openWorkOrder(
    facts: { type?: RequestType; field?: RequestField; category?: string; district?: string; street?: string } = {},
  ): Promise<string> {
    const id = randomUUID();
    const now = new Date();
    const context = { actor: { role: 'operator' as const, id: 'op-1' }, now };
    const received = createWorkOrder(
      { id, type: facts.type ?? 'complaint', channel: 'phone', ...(facts.field ? { field: facts.field } : {}) },
      context,
    ).order;
    const order = applyWorkOrderCommand(received, { event: 'accept-for-dispatch' }, context).order;
    numbers += 1;
    await this.publish(
      WorkOrderCreated,
      {
        workOrderId: id,
        number: `XT${String(Date.now()).slice(-8)}${String(numbers).padStart(6, '0')}`,
        requestId: randomUUID(),
        channel: 'phone',
        type: order.type,
        status: order.status,
        ...(facts.field ? { field: facts.field } : {}),
        ...(facts.category ? { category: facts.category } : {}),
        ...(facts.district ? { district: facts.district } : {}),
        receivedAt: now.toISOString(),
        ...(facts.street
          ? {
              request: {
                content: '来电诉求',
                channel: 'phone' as const,
                type: order.type,
                ...(facts.category ? { category: facts.category } : {}),
                location: { ...(facts.district ? { district: facts.district } : {}), street: facts.street },
                receivedAt: now.toISOString(),
              },
            }
          : {}),
        state: workOrderToJson(order),
      },
      OPERATOR,
      id,
    );
    await eventually(
      () => this.stateOf(id),
      (state) => state?.status === 'awaiting-dispatch',
    );
    return id;
  }

  async stateOf(id: string): Promise<WorkOrder | null> {
    const [row] = (await this.db.query('SELECT state FROM dispatch.work_order_states WHERE id = $1', [id])) as Array<{
      state: Record<string, unknown>;
    }>;
    return row ? workOrderFromJson(row.state) : null;
  }

  /** The lead unit's steps as handling takes them (sign, ask to return …), each announced by its step event. */
  async unitTakes(id: string, unitId: string, ...commands: WorkOrderCommand[]): Promise<string[]> {
    let order = (await this.stateOf(id)) as WorkOrder;
    const ids: string[] = [];
    for (const command of commands) {
      const transition = applyWorkOrderCommand(order, command, {
        actor: { role: 'unit', id: `h-${unitId}`, unitId },
        now: new Date(),
      });
      const definition = WorkOrderStepEvents[
        command.event as keyof typeof WorkOrderStepEvents
      ] as EventDefinition<WorkOrderStepPayload>;
      ids.push(await this.publish(definition, stepPayload(transition), unitActor(unitId), id));
      order = transition.order;
    }
    await eventually(
      () => this.stateOf(id),
      (state) => state?.version === order.version,
    );
    return ids;
  }

  /** Events dispatch wrote to its outbox for a work order, oldest first. */
  async emitted(id: string, type: string): Promise<Array<EventEnvelope<WorkOrderStepPayload>>> {
    const rows = (await this.db.query(
      `SELECT envelope FROM dispatch.outbox WHERE work_order_id = $1 AND type = $2 ORDER BY seq`,
      [id, type],
    )) as Array<{ envelope: EventEnvelope<WorkOrderStepPayload> }>;
    return rows.map((row) => row.envelope);
  }
}
