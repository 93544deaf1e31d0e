import { bearer, platformSuite } from '@hotline/testing';
import { newPartnerKey, partnerEnvelope, postSigned, storedPartnerMessages } from './partner-support';

const NOW = new Date('2026-12-01T08:00:00Z');
const CALLBACK = '13907310001';
const transfer = {
  case: 'transfer' as const,
  value: { category: '噪音扰民', matter: '楼上深夜装修', senderReference: 'JJ-0001', callbackNumber: CALLBACK },
};

/**
 * R10.1 over HTTP against the built services: the partner registry kept by the admin, and signed partner messages
 * at POST /partners/v1/{partner}/events — refused unsigned, badly signed, replayed, from unknown or disabled partners,
 * unreadable; stored once when well-formed.
 */
describe('the partner registry and signed partner messages (built services, HTTP, NATS, Postgres)', () => {
  const ADMIN = bearer(['admin'], 'adm-1');
  const suite = platformSuite('partners', { startAt: NOW });
  const { call } = suite;
  const first = newPartnerKey('k2026a');
  const second = newPartnerKey('k2026b');
  const third = newPartnerKey('k2026c');

  const settingsOf = (view: Record<string, unknown>, changes: Record<string, unknown> = {}) => ({
    name: view.name,
    kind: view.kind,
    channel: view.channel,
    takesFromUs: view.takesFromUs,
    givesToUs: view.givesToUs,
    ackTimeoutSeconds: view.ackTimeoutSeconds,
    enabled: view.enabled,
    ...changes,
  });

  it('R10.1 seeds 110/119/120/122, the utility lines and the branch centres; the admin adds keys, two valid at once', async () => {
    const list = await call('GET', '/api/v1/partners', ADMIN);
    expect(list.status).toBe(200);
    expect(list.body.items.map((partner: { code: string }) => partner.code)).toEqual(
      expect.arrayContaining([
        '110',
        '119',
        '120',
        '122',
        'water',
        'power',
        'gas',
        'telecom',
        '12315',
        '12333',
        '12366',
      ]),
    );
    const police = (await call('GET', '/api/v1/partners/110', ADMIN)).body;
    expect(police).toMatchObject({
      kind: 'emergency',
      channel: 'nats',
      subjects: { in: 'partner.110.in', out: 'partner.110.out' },
    });
    expect(police.takesFromUs).toHaveLength(8);
    expect(police.givesToUs).toHaveLength(19);
    for (const key of [first, second, third]) {
      const put = await call('PUT', '/api/v1/partners/110', ADMIN, settingsOf(police, { key }));
      expect(put.status).toBe(200);
    }
    const after = await call('GET', '/api/v1/partners/110', ADMIN);
    expect(after.body.keys.map((key: { id: string }) => key.id).sort()).toEqual(['k2026b', 'k2026c']);
    expect(after.text).not.toContain(third.secret);
    const reused = await call('PUT', '/api/v1/partners/110', ADMIN, settingsOf(police, { key: first }));
    expect(reused.status).toBe(400);
    expect(reused.text).toContain('key.id');
    expect((await call('GET', '/api/v1/partners', bearer(['operator'], 'op-1'))).status).toBe(403);
    const created = await call('POST', '/api/v1/partners', ADMIN, {
      ...settingsOf(police),
      code: 'xt-metro',
      name: '地铁热线',
      kind: 'utility',
    });
    expect(created.status).toBe(201);
    expect((await call('POST', '/api/v1/partners', ADMIN, { ...settingsOf(police), code: 'xt-metro' })).status).toBe(
      409,
    );
    const bad = await call('POST', '/api/v1/partners', ADMIN, {
      ...settingsOf(police),
      code: 'Bad Code',
      ackTimeoutSeconds: 0,
    });
    expect(bad.status).toBe(400);
    expect(bad.text).toContain('code');
    expect(bad.text).toContain('ackTimeoutSeconds');
  });

  it('R10.1 stores a signed message once by its id, with either valid key, and answers the receipt', async () => {
    const message = partnerEnvelope('110', 1, NOW, transfer);
    const accepted = await postSigned(suite.platform.gatewayUrl, '110', message, third, NOW);
    expect(accepted.status).toBe(202);
    expect(accepted.body).toMatchObject({ receivedMessageId: message.messageId, duplicate: false });
    const again = await postSigned(suite.platform.gatewayUrl, '110', message, second, new Date(NOW.getTime() + 60_000));
    expect(again.status).toBe(202);
    expect(again.body).toMatchObject({ receivedMessageId: message.messageId, duplicate: true });
    expect(await storedPartnerMessages(suite.environment.databaseUrl)).toBe(1);
  });

  it('R10.1 refuses bad signatures, replays, retired keys, unknown and disabled partners (401/403) and writes nothing', async () => {
    const before = await storedPartnerMessages(suite.environment.databaseUrl);
    const message = () => partnerEnvelope('110', 2, NOW, transfer);
    const refusals = [
      await postSigned(suite.platform.gatewayUrl, '110', message(), third, NOW, (h) => ({
        ...h,
        'x-hotline-signature': 'ab'.repeat(32),
      })),
      await postSigned(suite.platform.gatewayUrl, '110', message(), third, new Date(NOW.getTime() - 10 * 60_000)),
      await postSigned(suite.platform.gatewayUrl, '110', message(), first, NOW),
      await postSigned(suite.platform.gatewayUrl, '110', message(), third, NOW, (h) => ({
        ...h,
        'x-hotline-timestamp': '',
      })),
      await postSigned(suite.platform.gatewayUrl, 'nosuch', partnerEnvelope('nosuch', 1, NOW, transfer), third, NOW),
    ];
    expect(refusals.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401]);
    const police = (await call('GET', '/api/v1/partners/110', ADMIN)).body;
    expect((await call('PUT', '/api/v1/partners/110', ADMIN, settingsOf(police, { enabled: false }))).status).toBe(200);
    expect((await postSigned(suite.platform.gatewayUrl, '110', message(), third, NOW)).status).toBe(403);
    expect((await call('PUT', '/api/v1/partners/110', ADMIN, settingsOf(police, { enabled: true }))).status).toBe(200);
    expect(await storedPartnerMessages(suite.environment.databaseUrl)).toBe(before);
  });

  it('R10.1 answers 400 naming the field for unreadable or unusable messages, and writes nothing', async () => {
    const before = await storedPartnerMessages(suite.environment.databaseUrl);
    const send = (text: string) => postSigned(suite.platform.gatewayUrl, '110', text, third, NOW);
    const cases: Array<[string, string]> = [
      ['not json', 'body'],
      ['{"sequence":"x"}', 'sequence'],
      ['{"nosuch":1}', 'nosuch'],
      ['{"partner":"110"}', 'messageId'],
    ];
    for (const [text, field] of cases) {
      const answer = await send(text);
      expect({ text, status: answer.status }).toEqual({ text, status: 400 });
      expect(answer.text).toContain(field);
    }
    const expired = partnerEnvelope('110', 3, new Date(NOW.getTime() - 6 * 60_000), transfer);
    expect((await postSigned(suite.platform.gatewayUrl, '110', expired, third, NOW)).status).toBe(422);
    expect(await storedPartnerMessages(suite.environment.databaseUrl)).toBe(before);
  });

  it("never writes a partner's callback number to a log line", () => {
    for (const service of suite.platform.services) expect(service.output()).not.toContain(CALLBACK);
  });
});
