import { bearer, eventually, platformSuite } from '@hotline/testing';
import { BranchSyncView } from '@hotline/contracts';
import { BranchWorkOrder, PartnerLine } from '@hotline/partner-contracts';
import { timestampFromDate } from '@bufbuild/protobuf/wkt';
import { BranchSimulator } from '../src/simulator/branch-simulator';
import { newPartnerKey, partnerEnvelope, postSigned } from './partner-support';

/** `npm run test:branch-sync` sends the 10,000 orders of the issue; `npm test` a fifth of them, the same way. */
const ORDERS = Number(process.env['HOTLINE_BRANCH_SYNC_ORDERS'] ?? 2_000);
const NOW = new Date();
const SYNCED = 'linkage.branch-order-synced';

/**
 * R10.2 against the built linkage and gateway over real NATS, HTTP and Postgres: a branch centre pushes its orders and
 * status changes, loses a range on the way and goes away for a while; linkage asks for what is missing and reconciles
 * by cursor, and ends holding every order once with the branch's statuses, one event per change.
 */
describe('branch sync (built services, NATS, HTTP, Postgres)', () => {
  let ticking: NodeJS.Timeout | undefined;
  const started = Date.now();
  const platformNow = () => new Date(NOW.getTime() + (Date.now() - started));
  const ADMIN = bearer(['admin'], 'adm-1');
  const suite = platformSuite('branchsync', {
    env: {
      HOTLINE_PARTNER_SYNC_MS: '200',
      HOTLINE_PARTNER_GAP_BACKOFF_MS: '2000',
      HOTLINE_BRANCH_RECONCILE_MS: '20000',
    },
    startAt: NOW,
    backends: ['linkage', 'supervision'],
  });
  const { call } = suite;

  beforeAll(() => {
    // the services' clocks move with the wall clock, so that an unanswered request is asked again after its back-off
    ticking = setInterval(() => suite.platform.setClock(platformNow()), 500);
  });

  afterAll(() => clearInterval(ticking));

  const count = async (sql: string, values: unknown[] = []) =>
    Number((await suite.sql<{ n: string }>(sql, values)).rows[0]!.n);
  const heldStatuses = async (branch: string) =>
    new Map(
      (
        await suite.sql<{ external_id: string; status: string }>(
          'SELECT external_id, status FROM linkage.branch_orders WHERE branch_code = $1',
          [branch],
        )
      ).rows.map((row) => [row.external_id, row.status]),
    );
  /** how many of the branch's orders we hold, and how many of those differ from the branch's status */
  const heldAgainst = async (code: string, branch: BranchSimulator) => {
    const held = await heldStatuses(code);
    const orders: BranchWorkOrder[] = [...branch.orders().values()];
    return {
      held: held.size,
      otherStatus: orders.filter((order) => held.get(order.externalId) !== order.status).length,
    };
  };
  const syncOf = async (code: string) =>
    (
      (await call('GET', '/api/v1/partners', ADMIN)).body.items as Array<{ code: string; branchSync: BranchSyncView }>
    ).find((partner) => partner.code === code)!.branchSync;
  const settingsOf = async (code: string, changes: Record<string, unknown>) => {
    const view = (await call('GET', `/api/v1/partners/${code}`, ADMIN)).body;
    const { name, kind, channel, takesFromUs, givesToUs, ackTimeoutSeconds, enabled, unitId } = view;
    return { name, kind, channel, takesFromUs, givesToUs, ackTimeoutSeconds, enabled, unitId, ...changes };
  };

  it(`R10.2: ${ORDERS} orders over NATS with a gap and a disconnect end with every order once, with the branch's statuses`, async () => {
    const branch = await BranchSimulator.connect(suite.environment.env, '12315');
    try {
      await branch.run({
        orders: ORDERS,
        gapAt: Math.floor(ORDERS * 0.3),
        gapSize: 25,
        disconnectAt: Math.floor(ORDERS * 0.7),
        disconnectSeconds: 1,
        rate: 1_000,
        statusEvery: 5,
      });
      const summary = branch.summary();
      expect(summary.orders).toBe(ORDERS);
      expect(summary.lost).toBeGreaterThan(25);
      const held = await eventually(
        () => heldAgainst('12315', branch),
        (state) => state.held === ORDERS && state.otherStatus === 0,
        240_000,
        1_000,
      );
      expect(held).toEqual({ held: ORDERS, otherStatus: 0 });
      // the lost ranges were asked for again and sent again
      expect(branch.summary().resent).toBeGreaterThan(0);
      // and a periodic reconciliation finds both sides at the same count
      const sync = await eventually(
        () => syncOf('12315'),
        (view) => view.openGaps.length === 0 && view.drift === 0 && view.heldOrders === ORDERS,
        120_000,
        1_000,
      );
      expect(sync).toMatchObject({ branchTotal: ORDERS, contiguousThrough: sync.lastSequence });
    } finally {
      await branch.close();
    }
    expect(await count(`SELECT count(*) AS n FROM linkage.branch_orders WHERE branch_code = '12315'`)).toBe(ORDERS);
    const events = `FROM linkage.outbox WHERE type = '${SYNCED}' AND envelope->'payload'->>'branch' = '12315'`;
    expect(await count(`SELECT count(DISTINCT envelope->'payload'->>'id') AS n ${events}`)).toBe(ORDERS);
    // one event per change taken: as many as the versions of the orders add up to, none twice
    const versions = await count(`SELECT sum(version) AS n FROM linkage.branch_orders WHERE branch_code = '12315'`);
    expect(await count(`SELECT count(*) AS n ${events}`)).toBe(versions);
    expect(
      await count(`SELECT count(*) AS n FROM (SELECT 1 ${events}
        GROUP BY envelope->'payload'->>'id', envelope->'payload'->>'version' HAVING count(*) > 1) t`),
    ).toBe(0);
    // supervision, which lists, watches and counts them (纳入考核督办), ends with the same orders in the same statuses
    const byStatus = async (sql: string) =>
      Object.fromEntries(
        (await suite.sql<{ status: string; n: string }>(sql)).rows.map((row) => [row.status, Number(row.n)]),
      );
    const linkageStatuses = await byStatus(
      `SELECT status, count(*) AS n FROM linkage.branch_orders WHERE branch_code = '12315' GROUP BY status ORDER BY status`,
    );
    const supervised = await eventually(
      () =>
        byStatus(
          `SELECT branch_status AS status, count(*) AS n FROM supervision.branch_orders WHERE branch = '12315' GROUP BY branch_status ORDER BY branch_status`,
        ),
      (statuses) => JSON.stringify(statuses) === JSON.stringify(linkageStatuses),
      120_000,
      1_000,
    );
    expect(supervised).toEqual(linkageStatuses);
    expect(Object.values(supervised).reduce((sum, n) => sum + n, 0)).toBe(ORDERS);
  }, 400_000);

  it('R10.2: a branch that was offline the whole time catches up by the periodic reconciliation, page by page', async () => {
    const offline = await BranchSimulator.connect(suite.environment.env, '12333');
    try {
      await offline.run({ orders: 700, gapAt: 1, gapSize: 10_000, rate: 0, statusEvery: 5 });
      expect(offline.summary().sent).toBe(0);
      await eventually(
        () => heldAgainst('12333', offline),
        (state) => state.held === 700 && state.otherStatus === 0,
        60_000,
        1_000,
      );
      expect(offline.summary().pagesServed).toBeGreaterThanOrEqual(2);
      const sync = await eventually(
        () => syncOf('12333'),
        (view) => view.drift === 0,
        30_000,
        1_000,
      );
      expect(sync).toMatchObject({ branchTotal: 700, heldOrders: 700 });
      expect(sync.lastReconciledAt).not.toBeNull();
    } finally {
      await offline.close();
    }
  }, 120_000);

  it('R10.2: branch messages from a partner that is not a branch centre, badly signed or unknown are refused and write nothing', async () => {
    const at = platformNow();
    const unit = 'xt-scjgj';
    const branchKey = newPartnerKey('b2026');
    const policeKey = newPartnerKey('p2026');
    expect(
      (await call('PUT', '/api/v1/partners/12366', ADMIN, await settingsOf('12366', { key: branchKey, unitId: unit })))
        .status,
    ).toBe(200);
    expect((await call('PUT', '/api/v1/partners/110', ADMIN, await settingsOf('110', { key: policeKey }))).status).toBe(
      200,
    );
    expect(
      (await call('PUT', '/api/v1/partners/110', ADMIN, await settingsOf('110', { unitId: 'Not a unit!' }))).text,
    ).toContain('unitId');
    const order = (externalId: string, status = 'accepted') => ({
      case: 'branchWorkOrder' as const,
      value: {
        externalId,
        number: externalId,
        requestType: 'complaint',
        matter: '网购退款纠纷',
        status,
        acceptedAt: timestampFromDate(at),
        updatedAt: timestampFromDate(at),
      },
    });
    const orders = () => count('SELECT count(*) AS n FROM linkage.branch_orders');
    const messages = () =>
      count(`SELECT count(*) AS n FROM linkage.partner_messages_in WHERE partner_code IN ('110', '12366')`);
    const before = { orders: await orders(), messages: await messages() };
    const refused = [
      await postSigned(suite.platform.gatewayUrl, '110', partnerEnvelope('110', 1, at, order('x-1')), policeKey, at),
      await postSigned(
        suite.platform.gatewayUrl,
        '12366',
        partnerEnvelope('12366', 1, at, order('x-2')),
        branchKey,
        at,
        (h) => ({
          ...h,
          'x-hotline-signature': 'ab'.repeat(32),
        }),
      ),
      await postSigned(
        suite.platform.gatewayUrl,
        'nosuch',
        partnerEnvelope('nosuch', 1, at, order('x-3')),
        branchKey,
        at,
      ),
      await postSigned(
        suite.platform.gatewayUrl,
        '12366',
        partnerEnvelope('12366', 1, at, order('x-4', 'finished')),
        branchKey,
        at,
      ),
    ];
    expect(refused.map((answer) => answer.status)).toEqual([403, 401, 401, 400]);
    expect(refused[3]!.text).toContain('branchWorkOrder.status');
    // a change without unitId (as the console's form sends it) keeps the unit
    const { unitId: _unit, ...withoutUnit } = await settingsOf('12366', {});
    expect((await call('PUT', '/api/v1/partners/12366', ADMIN, withoutUnit)).body.unitId).toBe(unit);
    const police = await PartnerLine.connect(suite.environment.env, '110');
    const line = await PartnerLine.connect(suite.environment.env, '12366');
    try {
      await police.publish(partnerEnvelope('110', 2, at, order('x-5')));
      const expired = partnerEnvelope('12366', 1, new Date(at.getTime() - 10 * 60_000), order('x-6'));
      await line.publish(expired);
      const taken = partnerEnvelope('12366', 1, at, order('x-7'));
      await line.publish(taken);
      await eventually(
        () => count('SELECT count(*) AS n FROM linkage.partner_messages_in WHERE message_id = $1', [taken.messageId]),
        (n) => n === 1,
      );
      const accepted = await postSigned(
        suite.platform.gatewayUrl,
        '12366',
        partnerEnvelope('12366', 2, at, order('x-8')),
        branchKey,
        at,
      );
      expect(accepted.status).toBe(202);
    } finally {
      await police.close();
      await line.close();
    }
    expect({ orders: await orders(), messages: await messages() }).toEqual({
      orders: before.orders + 2,
      messages: before.messages + 2,
    });
    const held = await suite.sql<{ external_id: string }>(
      `SELECT external_id FROM linkage.branch_orders WHERE branch_code = '12366' ORDER BY 1`,
    );
    expect(held.rows.map((row) => row.external_id)).toEqual(['x-7', 'x-8']);
    const event = await suite.sql<{ payload: Record<string, unknown> }>(
      `SELECT envelope->'payload' AS payload FROM linkage.outbox
        WHERE type = '${SYNCED}' AND envelope->'payload'->>'externalId' = 'x-8'`,
    );
    expect(event.rows[0]!.payload).toMatchObject({ branch: '12366', unitId: unit, version: 1, status: 'accepted' });
    const logs = suite.platform.services.find((service) => service.name === 'linkage')!.output();
    expect(logs).toContain('refused a partner message: partner 110, partner 110 is not a branch centre');
    expect(logs).toContain('dropped a message on partner.110.in: partner 110 is not a branch centre');
    expect(logs).toMatch(/dropped a message on partner\.12366\.in: .*message \S+ expired/);
  }, 60_000);
});
