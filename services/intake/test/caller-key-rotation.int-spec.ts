import { INestApplication } from '@nestjs/common';
import { Actor, IntakeQueryRpc, IntakeRpc } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { createTestEnvironment, TestEnvironment, startServiceInProcess } from '@hotline/testing';
import { randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AppModule } from '../src/app.module';

const OPERATOR: Actor = { kind: 'user', id: 'op-keys', role: 'operator' };
const ADMIN: Actor = { kind: 'user', id: 'admin-keys', role: 'admin' };
const CALLERS = [
  { name: '赵丽', phone: '13807321111', idNumber: '430302199001011234' },
  { name: '钱进', phone: '13807322222' },
];
const key = () => randomBytes(32).toString('base64');

describe('R14.3 caller key rotation: re-encrypt with the newest key, everything still decrypts', () => {
  let environment: TestEnvironment;
  let app: INestApplication | undefined;
  const hashKey = key();
  const oldKey = `k-old:${key()}`;
  const newKey = `k-new:${key()}`;

  const start = async (keys: string) => {
    const env = { ...environment.env, HOTLINE_CALLER_KEYS: keys, HOTLINE_CALLER_HASH_KEY: hashKey };
    app = await startServiceInProcess(AppModule, 'intake', env);
    return { rpc: app.get(RpcClient), db: app.get(DataSource) };
  };
  const stop = async () => {
    await app?.close();
    app = undefined;
  };
  const keyIds = async (db: DataSource) =>
    (
      (await db.query(`SELECT caller_name_enc, caller_phone_enc, caller_id_number_enc FROM intake.requests`)) as Array<
        Record<string, string | null>
      >
    )
      .flatMap((row) => Object.values(row))
      .filter((value): value is string => value !== null)
      .map((value) => value.split(':')[1]);

  beforeAll(async () => {
    environment = await createTestEnvironment('intake-keys');
  });

  afterAll(async () => {
    await stop();
    await environment?.teardown();
  });

  it('R14.3 rotates the key, re-encrypts every old row, and reads the callers back unchanged', async () => {
    const before = await start(oldKey);
    const ids: string[] = [];
    for (const caller of CALLERS)
      ids.push(
        (
          await before.rpc.request(IntakeRpc.recordRequest, {
            actor: OPERATOR,
            request: { channel: 'phone', caller, content: '反映小区停水', type: 'complaint' },
          })
        ).requestId,
      );
    expect(new Set(await keyIds(before.db))).toEqual(new Set(['k-old']));
    await stop();

    // The new key first; the old one still decrypts until the job has run.
    const during = await start(`${newKey},${oldKey}`);
    await expect(during.rpc.request(IntakeQueryRpc.reEncryptCallers, { actor: OPERATOR })).rejects.toMatchObject({
      problem: { statusCode: 403 },
    });
    const result = await during.rpc.request(IntakeQueryRpc.reEncryptCallers, { actor: ADMIN, batchSize: 1 });
    expect(result).toEqual({ activeKeyId: 'k-new', reEncrypted: 2, remaining: 0 });
    expect(new Set(await keyIds(during.db))).toEqual(new Set(['k-new']));
    expect(await during.rpc.request(IntakeQueryRpc.reEncryptCallers, { actor: ADMIN })).toEqual({
      activeKeyId: 'k-new',
      reEncrypted: 0,
      remaining: 0,
    });
    await stop();

    // The old key is retired: every caller still reads back in clear, and the phone hash still finds repeats.
    const after = await start(newKey);
    for (const [index, requestId] of ids.entries()) {
      const view = await after.rpc.request(IntakeQueryRpc.readCaller, {
        actor: OPERATOR,
        requestId,
        reason: 'verify-identity',
        note: '密钥轮换核对',
      });
      expect(view).toMatchObject({ view: 'clear', ...CALLERS[index] });
    }
    const again = await after.rpc.request(IntakeRpc.recordRequest, {
      actor: OPERATOR,
      request: { channel: 'phone', caller: CALLERS[0], content: '反映小区停水', type: 'complaint' },
    });
    expect(again.assist!.repeats.items.map((item) => item.requestId)).toEqual([ids[0]]);
  });
});
