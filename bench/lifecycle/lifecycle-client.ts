import { resolveAuthConfig, signToken } from '@hotline/auth';
import { RunningPlatform } from '@hotline/testing';
import { call, callWhenHandedOver } from './http-client';
import { Recorder } from './recorder';

export interface Actors {
  operator: string;
  reviewer: string;
  /** a unit's id and a token of its staff */
  units: Array<{ id: string; token: string }>;
}

const CONTENTS = [
  '小区路灯坏了一周，晚上出行不便',
  '人行道井盖松动，老人容易绊倒',
  '楼下餐馆油烟扰民',
  '公交站台广告牌破损',
  '小区垃圾清运不及时',
];

export function requestBody(client: number, sequence: number): Record<string, unknown> {
  const phone = `139${String(client).padStart(4, '0')}${String(sequence % 10_000).padStart(4, '0')}`;
  return {
    channel: 'phone',
    caller: { name: '测试来电人', phone },
    content: `${CONTENTS[sequence % CONTENTS.length]}（压测 ${client}-${sequence}）`,
    type: 'complaint',
    location: { district: '雨湖区', address: `广场东路${sequence % 200}号` },
  };
}

/** request → dispatch → sign → reply → review → callback, each step timed; a failed step ends the lifecycle. */
export async function oneLifecycle(
  baseUrl: string,
  actors: Actors,
  recorder: Recorder,
  client: number,
  sequence: number,
): Promise<void> {
  const unit = actors.units[sequence % actors.units.length];
  if (!unit) throw new Error('no unit to dispatch to');
  const created = await recorder.time('request', () =>
    call(baseUrl, 'POST', '/api/v1/requests', actors.operator, requestBody(client, sequence), 201),
  );
  const wo = `/api/v1/work-orders/${(created.workOrder as { id: string }).id}`;
  await recorder.time('dispatch', () =>
    callWhenHandedOver(baseUrl, `${wo}/dispatch`, actors.operator, { leadUnitId: unit.id }, 200),
  );
  await recorder.time('sign', () => callWhenHandedOver(baseUrl, `${wo}/sign`, unit.token, {}, 200));
  const reply = {
    handledBy: '承办人',
    handledAt: new Date().toISOString(),
    process: '现场核实处理',
    result: '已处理',
    callerContacted: true,
    contactMethod: 'phone',
    outcome: 'solved',
  };
  const replied = await recorder.time('reply', () =>
    callWhenHandedOver(baseUrl, `${wo}/replies`, unit.token, reply, 201),
  );
  await recorder.time('review', () =>
    callWhenHandedOver(baseUrl, `${wo}/replies/${String(replied.id)}/review`, actors.reviewer, { pass: true }, 200),
  );
  await recorder.time('callback', () =>
    callWhenHandedOver(
      baseUrl,
      `${wo}/callbacks`,
      actors.reviewer,
      { satisfaction: 'satisfied', contacted: true },
      200,
    ),
  );
}

/** Tokens of an operator, a reviewer and the staff of the first eight units of the seeded directory. */
export async function actorsOf(platform: RunningPlatform): Promise<Actors> {
  const auth = resolveAuthConfig({}, () => undefined);
  const token = (roles: string[], sub: string, unitId?: string) =>
    `Bearer ${signToken({ sub, roles: roles as never, ...(unitId ? { unitId } : {}) }, auth, '1h')}`;
  const units = (
    (await call(platform.gatewayUrl, 'GET', '/api/v1/units', token(['admin'], 'bench'), undefined, 200))
      .items as Array<{ id: string; kind?: string }>
  ).slice(0, 8);
  return {
    operator: token(['operator'], 'bench-op'),
    reviewer: token(['reviewer'], 'bench-rv'),
    units: units.map((u) => ({ id: u.id, token: token(['unit'], `bench-${u.id}`, u.id) })),
  };
}
