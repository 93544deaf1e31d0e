import { eventually } from './eventually';
import { gatewayClient, Json, UnitStaff } from './gateway-client';

/** The phone complaint the e2e specs start from; a spec's `request` replaces any of its fields. */
export const PHONE_COMPLAINT = {
  channel: 'phone',
  caller: { name: '陈秀英', phone: '13907321234' },
  content: '韶山西路井盖缺失，夜间行人易跌倒',
  type: 'complaint',
  location: { district: '雨湖区', address: '韶山西路' },
} as const;

/**
 * The first steps of a work order as an operator and a unit take them over HTTP: record (201, else the test fails
 * with the answer), dispatch, sign. Each answers what the next step needs.
 */
export function workOrderRequests(client: ReturnType<typeof gatewayClient>, operator: string) {
  async function record(request: Json = {}): Promise<Json> {
    const created = await client.call('POST', '/api/v1/requests', operator, { ...PHONE_COMPLAINT, ...request });
    if (created.status !== 201) throw new Error(`POST /api/v1/requests answered ${created.status}: ${created.text}`);
    return created.body;
  }

  async function recorded(request: Json = {}): Promise<string> {
    return String((await record(request)).workOrder.id);
  }

  async function dispatch(workOrderId: string, leadUnitId: string, coUnitIds: string[] = []): Promise<Json> {
    const body = { leadUnitId, ...(coUnitIds.length > 0 ? { coUnitIds } : {}) };
    return client.step(`/api/v1/work-orders/${workOrderId}/dispatch`, operator, body, 200);
  }

  async function sign(workOrderId: string, unit: UnitStaff): Promise<Json> {
    return client.step(`/api/v1/work-orders/${workOrderId}/sign`, unit.token, {}, 200);
  }

  /** Recorded, dispatched to `lead` and signed by it: handling runs from now. */
  async function signedBy(lead: UnitStaff, request: Json = {}): Promise<string> {
    const id = await recorded(request);
    await dispatch(id, lead.id);
    await sign(id, lead);
    return id;
  }

  return { record, recorded, dispatch, sign, signedBy };
}

/**
 * A work order as `reader` (or the token given) reads it over HTTP once `until` holds: its view, the entries of its
 * timeline or their steps, asked again for up to 20 s while the services catch up with the last step.
 */
export function workOrderReads(client: Pick<ReturnType<typeof gatewayClient>, 'call'>, reader: string) {
  const path = (id: string) => `/api/v1/work-orders/${id}`;
  const view = (id: string, until: (view: Json) => boolean, token = reader) =>
    eventually(() => client.call('GET', path(id), token).then((a) => a.body), until, 20_000);
  const timeline = (id: string, until: (items: Json[]) => boolean, token = reader) =>
    eventually(
      () => client.call('GET', `${path(id)}/timeline`, token).then((a) => (a.body.items ?? []) as Json[]),
      until,
      20_000,
    );
  /** The steps on its timeline: each entry's step, or its event type where it is no step. */
  const timelineSteps = (id: string, until: (steps: string[]) => boolean, token = reader) =>
    eventually(
      () =>
        client
          .call('GET', `${path(id)}/timeline`, token)
          .then((a) => ((a.body.items ?? []) as Json[]).map((item) => String(item.summary?.step ?? item.type))),
      until,
      20_000,
    );
  return { view, timeline, timelineSteps };
}
