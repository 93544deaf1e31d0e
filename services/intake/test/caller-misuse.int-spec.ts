import { INestApplication } from '@nestjs/common';
import {
  Actor,
  CallerMisuseRpc,
  IntakeQueryRpc,
  IntakeRpc,
  RecordRequestCommand,
  RecordRequestResult,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { createTestEnvironment, startServiceInProcess, TestEnvironment } from '@hotline/testing';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';

const OPERATOR: Actor = { kind: 'user', id: 'op-misuse', role: 'operator' };
let phoneSequence = 0;
/** Each test its own caller, so the flags of one test never reach another. */
const newPhone = () => `1397321${String(++phoneSequence).padStart(4, '0')}`;

function request(phone: string | null, content = '反映小区物业问题'): RecordRequestCommand {
  return {
    channel: 'phone',
    caller: phone ? { name: '欧阳建国', phone } : { anonymous: true },
    content,
    type: 'complaint',
    location: { district: '岳塘区' },
  };
}

/** R27.1 (Art. 27) caller misuse flags in intake, over its RPCs against real Postgres and NATS. */
describe('caller misuse flags (real Postgres and NATS)', () => {
  let environment: TestEnvironment;
  let app: INestApplication;
  let rpc: RpcClient;
  let db: DataSource;
  const record = (phone: string | null, content?: string): Promise<RecordRequestResult> =>
    rpc.request(IntakeRpc.recordRequest, { actor: OPERATOR, request: request(phone, content) });
  const flag = (requestId: string, body: Record<string, unknown>) =>
    rpc.request(CallerMisuseRpc.record, { actor: OPERATOR, requestId, body: body as never });
  const flagRows = async () => (await db.query('SELECT count(*)::int AS n FROM intake.caller_misuse_flags'))[0].n;

  beforeAll(async () => {
    environment = await createTestEnvironment('intake-misuse');
    app = await startServiceInProcess(AppModule, 'intake', {
      ...environment.env,
      HOTLINE_MISUSE_LIMIT: '2',
      HOTLINE_LONG_OCCUPATION_MINUTES: '10',
      HOTLINE_KNOWLEDGE_ASSIST_TIMEOUT_MS: '100',
    });
    rpc = app.get(RpcClient);
    db = app.get(DataSource);
  });

  afterAll(async () => {
    await app?.close();
    await environment?.teardown();
  });

  it('R27.1 keeps an operator’s flag under the caller’s keyed hash with the operator’s id, never the phone', async () => {
    const phone = newPhone();
    const first = await record(phone);
    const flagged = await flag(first.requestId, { kind: 'abuse', note: '来电人辱骂接线员' });
    expect(flagged).toEqual({
      id: expect.any(String),
      requestId: first.requestId,
      callerHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      kind: 'abuse',
      note: '来电人辱骂接线员',
      recordedBy: OPERATOR.id,
      flaggedAt: expect.any(String),
    });
    const [row] = await db.query(
      'SELECT caller_phone_hash, kind, note, recorded_by, duration_seconds FROM intake.caller_misuse_flags WHERE id = $1',
      [flagged.id],
    );
    expect(row).toEqual({
      caller_phone_hash: flagged.callerHash,
      kind: 'abuse',
      note: '来电人辱骂接线员',
      recorded_by: OPERATOR.id,
      duration_seconds: null,
    });
    expect(JSON.stringify(flagged)).not.toContain(phone);

    // The next call from the same number: its assist shows the flag.
    const second = await record(phone, '再次来电反映同一问题');
    expect(second.assist!.misuse.flags).toEqual([
      expect.objectContaining({ kind: 'repeated-calls', count: 1 }),
      expect.objectContaining({ kind: 'abuse', count: 1 }),
    ]);
    const assist = await rpc.request(IntakeQueryRpc.assist, { requestId: first.requestId });
    expect(assist.misuse.flags.map((item) => [item.kind, item.count])).toEqual([
      ['repeated-calls', 1],
      ['abuse', 1],
    ]);
  });

  it('R27.1 refuses a second flag of one kind on a request (409) and takes another kind', async () => {
    const { requestId } = await record(newPhone());
    await flag(requestId, { kind: 'threat', note: '扬言报复' });
    const before = await flagRows();
    await expect(flag(requestId, { kind: 'threat', note: '再次威胁' })).rejects.toMatchObject({
      problem: { statusCode: 409 },
    });
    await expect(
      Promise.all([
        flag(requestId, { kind: 'abuse', note: '辱骂' }),
        flag(requestId, { kind: 'abuse', note: '辱骂（另一接线员）' }),
      ]),
    ).rejects.toMatchObject({ problem: { statusCode: 409 } });
    expect(await flagRows()).toBe(before + 1);
  });

  it('R27.1 keeps long occupation from the configured threshold on, with its duration; refuses a shorter call or none', async () => {
    const { requestId } = await record(newPhone());
    await expect(
      flag(requestId, { kind: 'long-occupation', note: '占线', durationSeconds: 599 }),
    ).rejects.toMatchObject({ problem: { statusCode: 422 } });
    await expect(flag(requestId, { kind: 'long-occupation', note: '占线' })).rejects.toMatchObject({
      problem: { statusCode: 400, message: expect.stringContaining('durationSeconds') },
    });
    await expect(flag(requestId, { kind: 'abuse', note: '辱骂', durationSeconds: 900 })).rejects.toMatchObject({
      problem: { statusCode: 400, message: expect.stringContaining('durationSeconds') },
    });
    const kept = await flag(requestId, { kind: 'long-occupation', note: '长时间占线不挂断', durationSeconds: 600 });
    expect(kept).toMatchObject({ kind: 'long-occupation', durationSeconds: 600 });
  });

  it('R27.1 keeps no flag for a caller without a phone (422), and the assist of such a request shows none', async () => {
    const anonymous = await record(null);
    const before = await flagRows();
    await expect(flag(anonymous.requestId, { kind: 'abuse', note: '辱骂' })).rejects.toMatchObject({
      problem: { statusCode: 422, message: expect.stringContaining('no phone number') },
    });
    expect(await flagRows()).toBe(before);
    expect(anonymous.assist!.misuse).toMatchObject({ checked: false, flags: [] });
  });

  it('R27.1 lists flags by caller hash and kind, repeated calls included, newest first, with cursor paging', async () => {
    const phone = newPhone();
    const requests = [await record(phone), await record(phone, '第二次来电')];
    await flag(requests[0].requestId, { kind: 'abuse', note: '辱骂' });
    await flag(requests[1].requestId, { kind: 'abuse', note: '再次辱骂' });
    const [{ caller_phone_hash: hash }] = await db.query(
      'SELECT caller_phone_hash FROM intake.requests WHERE id = $1',
      [requests[0].requestId],
    );
    const page = await rpc.request(CallerMisuseRpc.list, { filters: { callerHash: hash } });
    expect(page.items).toEqual([
      {
        callerHash: hash,
        kind: 'abuse',
        count: 2,
        firstAt: expect.any(String),
        lastAt: expect.any(String),
        requestIds: [requests[1].requestId, requests[0].requestId],
      },
      expect.objectContaining({
        callerHash: hash,
        kind: 'repeated-calls',
        count: 1,
        requestIds: [requests[1].requestId],
      }),
    ]);
    expect(JSON.stringify(page)).not.toContain(phone);

    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const next = await rpc.request(CallerMisuseRpc.list, { filters: { limit: 1, ...(cursor ? { cursor } : {}) } });
      expect(next.items.length).toBeLessThanOrEqual(1);
      seen.push(...next.items.map((item) => `${item.callerHash}/${item.kind}`));
      cursor = next.nextCursor;
    } while (cursor);
    const all = await rpc.request(CallerMisuseRpc.list, { filters: { limit: 200 } });
    expect(seen).toEqual(all.items.map((item) => `${item.callerHash}/${item.kind}`));
    expect(new Set(seen).size).toBe(seen.length);

    await expect(
      rpc.request(CallerMisuseRpc.list, { filters: { cursor: Buffer.from('x|y|z').toString('base64url') } }),
    ).rejects.toMatchObject({
      problem: {
        statusCode: 400,
        details: [{ field: 'cursor', problems: ['is not the nextCursor of a previous page'] }],
      },
    });
  });
});
