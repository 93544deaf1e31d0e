import { bearer, eventually, Json, platformSuite, workOrderRequests } from '@hotline/testing';

const NAMED = { name: '夏侯思远', phone: '13907326601', idNumber: '430302198001011234' };
const ANONYMOUS = { name: '慕容秋白', phone: '13907326602' };
const SECRETS = [...Object.values(NAMED), ...Object.values(ANONYMOUS)];

/**
 * Caller identity as Art. 14 and 18 say (R14.3, R18.1), over HTTP against the built services: the lead and co units
 * read a named caller to contact the caller, an anonymous caller is relayed by the centre, every clear read is audited.
 */
describe('caller identity as Art. 14/18 say (built services, HTTP, NATS, Postgres)', () => {
  const suite = platformSuite('caller-identity', { clockFollowsNow: true });
  const OPERATOR = bearer(['operator'], 'op-ci');
  const SUPERVISOR = bearer(['supervisor'], 'sv-ci');
  const ADMIN = bearer(['admin'], 'ad-ci');
  const PARTNER = bearer(['partner'], 'pa-ci');
  const lead = suite.unit(/^雨湖区/);
  const co = suite.unit(/城市管理/);
  const other = suite.unit(/^岳塘区/);
  let named: { workOrderId: string; requestId: string };
  let anonymous: { workOrderId: string; requestId: string };

  // The platform's test clock stands still unless moved: each call at its own instant, so the audit has an order.
  const { call, step } = suite;
  const why = (reason: string, note?: string) => `reason=${reason}${note ? `&note=${encodeURIComponent(note)}` : ''}`;
  const count = async (table: string) =>
    (await suite.sql(`SELECT count(*)::int AS n FROM intake.${table}`)).rows[0].n as number;

  const orders = workOrderRequests({ call, step }, OPERATOR);

  async function recordAndDispatch(
    caller: Record<string, unknown>,
    content: string,
  ): Promise<{ workOrderId: string; requestId: string }> {
    const created = await orders.record({ caller, content, location: { district: '雨湖区' } });
    const workOrderId = String(created.workOrder.id);
    await orders.dispatch(workOrderId, lead.id, [co.id]);
    return { workOrderId, requestId: String(created.requestId) };
  }

  beforeAll(async () => {
    named = await recordAndDispatch(NAMED, '雨湖区某小区门口下水道堵塞，污水漫到路面');
    anonymous = await recordAndDispatch({ ...ANONYMOUS, anonymous: true }, '雨湖区某工地夜间施工噪音扰民');
  });

  it('R14.3 R18.1 lets the lead and co units read a named caller’s phone on their own work order, audited; the view shows it masked; other units get 403', async () => {
    const wo = `/api/v1/work-orders/${named.workOrderId}`;
    const view = await eventually(
      () => call('GET', wo, lead.token),
      (a) => a.status === 200 && a.body.caller?.view === 'masked',
      20_000,
    );
    expect(view.body.caller).toEqual({ anonymous: false, view: 'masked', name: '夏***', phone: '139****6601' });
    expect(view.text).not.toContain(NAMED.phone);

    const before = await count('caller_reads');
    const read = await call('GET', `${wo}/caller?${why('contact-caller', '联系来电人核实堵塞位置')}`, lead.token);
    expect(read).toMatchObject({
      status: 200,
      body: { requestId: named.requestId, anonymous: false, view: 'clear', name: NAMED.name, phone: NAMED.phone },
    });
    // A unit gets what it needs to call (Art. 18), not the id number.
    expect(read.body).not.toHaveProperty('idNumber');
    expect(
      (await call('GET', `${wo}/caller?${why('contact-caller', '会同单位联系来电人')}`, co.token)).body,
    ).toMatchObject({ view: 'clear', phone: NAMED.phone });
    expect(await count('caller_reads')).toBe(before + 2);

    const audit = await suite.sql(
      'SELECT reader_id, reader_role, unit_id, reason, note, work_order_id FROM intake.caller_reads WHERE work_order_id = $1 ORDER BY read_at',
      [named.workOrderId],
    );
    expect(audit.rows).toEqual([
      {
        reader_id: `staff-of-${lead.id}`,
        reader_role: 'unit',
        unit_id: lead.id,
        reason: 'contact-caller',
        note: '联系来电人核实堵塞位置',
        work_order_id: named.workOrderId,
      },
      {
        reader_id: `staff-of-${co.id}`,
        reader_role: 'unit',
        unit_id: co.id,
        reason: 'contact-caller',
        note: '会同单位联系来电人',
        work_order_id: named.workOrderId,
      },
    ]);

    const refused = await call('GET', `${wo}/caller?${why('contact-caller')}`, other.token);
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain(NAMED.phone);
    // Without a reason the unit gets the masked caller (as the view shows), and nothing is audited.
    expect((await call('GET', `${wo}/caller`, lead.token)).body).toEqual({
      requestId: named.requestId,
      anonymous: false,
      view: 'masked',
      name: '夏***',
      phone: '139****6601',
    });
    expect(await count('caller_reads')).toBe(before + 2);
  });

  it('R14.3 takes the reason for a clear read from a list, not any word, and audits nothing for a refused one', async () => {
    const wo = `/api/v1/work-orders/${named.workOrderId}`;
    const before = await count('caller_reads');
    for (const reason of [encodeURIComponent('随便看看'), 'x', 'CALLBACK']) {
      const refused = await call('GET', `${wo}/caller?reason=${reason}`, OPERATOR);
      expect({
        status: refused.status,
        fields: (refused.body.details ?? []).map((detail: { field: string }) => detail.field),
      }).toEqual({ status: 400, fields: ['reason'] });
      expect(refused.body.message).toContain('contact-caller, verify-identity, callback, legal-request');
    }
    const tooLong = await call('GET', `${wo}/caller?reason=callback&note=${'记'.repeat(501)}`, OPERATOR);
    expect(tooLong.status).toBe(400);
    expect(await count('caller_reads')).toBe(before);
  });

  it('R14.3 R18.1 refuses a unit an anonymous caller (403 with the reason); its contact request reaches the operators and is closed with an outcome shown on the timeline', async () => {
    const wo = `/api/v1/work-orders/${anonymous.workOrderId}`;
    const view = await eventually(
      () => call('GET', wo, lead.token),
      (a) => a.status === 200,
      20_000,
    );
    expect(view.body.caller).toEqual({ anonymous: true });
    const before = await count('caller_reads');
    const hidden = await call('GET', `${wo}/caller?${why('contact-caller')}`, lead.token);
    expect(hidden.status).toBe(403);
    expect(hidden.body.message).toMatch(/anonymous.*contact-requests/);
    expect(hidden.text).not.toContain(ANONYMOUS.phone);
    expect((await call('GET', `${wo}/caller`, co.token)).status).toBe(403);
    expect(await count('caller_reads')).toBe(before);

    const asked = await call('POST', `${wo}/contact-requests`, lead.token, {
      message: '请转告来电人：施工许可已核查，请提供具体施工时段',
    });
    expect(asked).toMatchObject({
      status: 201,
      body: {
        id: expect.any(String),
        workOrderId: anonymous.workOrderId,
        number: expect.stringMatching(/^XT\d{14}$/),
        unitId: lead.id,
        status: 'open',
      },
    });
    const cid = String(asked.body.id);
    // A named caller the unit calls itself; a unit not on the work order may not ask.
    expect(
      (
        await call('POST', `/api/v1/work-orders/${named.workOrderId}/contact-requests`, lead.token, {
          message: '请转告',
        })
      ).status,
    ).toBe(422);
    expect((await call('POST', `${wo}/contact-requests`, other.token, { message: '请转告' })).status).toBe(403);
    expect((await call('POST', `${wo}/contact-requests`, OPERATOR, { message: '请转告' })).status).toBe(403);

    const open = await call('GET', '/api/v1/contact-requests?status=open', OPERATOR);
    expect(open.status).toBe(200);
    expect(open.body.items).toEqual([
      expect.objectContaining({
        id: cid,
        message: '请转告来电人：施工许可已核查，请提供具体施工时段',
        requestedBy: `staff-of-${lead.id}`,
      }),
    ]);

    // The operator reads the anonymous caller to relay (Art. 14 asks to encrypt, not to forget).
    const relay = await call('GET', `${wo}/caller?${why('contact-caller', '转达单位联系请求')}`, OPERATOR);
    expect(relay.body).toMatchObject({ anonymous: true, view: 'clear', name: ANONYMOUS.name, phone: ANONYMOUS.phone });

    const closed = await call('POST', `/api/v1/contact-requests/${cid}/outcome`, OPERATOR, {
      contacted: true,
      note: '已转告，来电人答复施工在夜间十点后',
    });
    expect(closed).toMatchObject({
      status: 200,
      body: {
        id: cid,
        status: 'closed',
        outcome: { contacted: true, note: '已转告，来电人答复施工在夜间十点后', closedBy: 'op-ci' },
      },
    });
    expect((await call('POST', `/api/v1/contact-requests/${cid}/outcome`, OPERATOR, { contacted: false })).status).toBe(
      409,
    );
    expect((await call('GET', '/api/v1/contact-requests?status=open', OPERATOR)).body.items).toEqual([]);
    expect(
      (await call('GET', `/api/v1/contact-requests?status=closed&workOrderId=${anonymous.workOrderId}`, OPERATOR)).body
        .items,
    ).toEqual([expect.objectContaining({ id: cid })]);

    const timeline = await eventually(
      () => call('GET', `${wo}/timeline`, lead.token),
      (a) =>
        (a.body.items as Json[] | undefined)?.some((item) => item.type === 'workorder.contact-request-closed') === true,
      20_000,
    );
    const relays = (timeline.body.items as Json[]).filter((item) =>
      String(item.type).startsWith('workorder.contact-request'),
    );
    expect(relays).toEqual([
      expect.objectContaining({
        type: 'workorder.contact-requested',
        actor: expect.objectContaining({ role: 'unit', unitId: lead.id }),
        summary: expect.objectContaining({
          contactRequestId: cid,
          message: '请转告来电人：施工许可已核查，请提供具体施工时段',
        }),
      }),
      expect.objectContaining({
        type: 'workorder.contact-request-closed',
        actor: expect.objectContaining({ role: 'operator' }),
        summary: expect.objectContaining({
          contactRequestId: cid,
          contacted: true,
          note: '已转告，来电人答复施工在夜间十点后',
        }),
      }),
    ]);
  });

  it('R14.3 lists every clear read in the audit for supervisors and admins, by work order, unit and time, page by page', async () => {
    const byOrder = await call('GET', `/api/v1/admin/caller-reads?workOrderId=${named.workOrderId}`, SUPERVISOR);
    expect(byOrder.status).toBe(200);
    expect(byOrder.body.items).toEqual([
      expect.objectContaining({
        workOrderId: named.workOrderId,
        requestId: named.requestId,
        readerRole: 'unit',
        unitId: co.id,
        reason: 'contact-caller',
        note: '会同单位联系来电人',
      }),
      expect.objectContaining({
        workOrderId: named.workOrderId,
        readerId: `staff-of-${lead.id}`,
        readerRole: 'unit',
        unitId: lead.id,
        reason: 'contact-caller',
        note: '联系来电人核实堵塞位置',
        readAt: expect.any(String),
      }),
    ]);
    const byUnit = await call('GET', `/api/v1/admin/caller-reads?unitId=${lead.id}`, ADMIN);
    expect(byUnit.body.items).toEqual([expect.objectContaining({ unitId: lead.id, workOrderId: named.workOrderId })]);
    const operators = await call('GET', `/api/v1/admin/caller-reads?workOrderId=${anonymous.workOrderId}`, ADMIN);
    expect(operators.body.items).toEqual([
      expect.objectContaining({
        readerId: 'op-ci',
        readerRole: 'operator',
        reason: 'contact-caller',
        note: '转达单位联系请求',
      }),
    ]);
    expect(operators.body.items[0]).not.toHaveProperty('unitId');

    const first = await call('GET', '/api/v1/admin/caller-reads?limit=2', SUPERVISOR);
    expect(first.body.items).toHaveLength(2);
    const rest = await call(
      'GET',
      `/api/v1/admin/caller-reads?limit=2&cursor=${String(first.body.nextCursor)}`,
      SUPERVISOR,
    );
    const ids = [...(first.body.items as Json[]), ...(rest.body.items as Json[])].map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThanOrEqual(3);
    expect(
      (
        await call(
          'GET',
          `/api/v1/admin/caller-reads?since=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`,
          SUPERVISOR,
        )
      ).body.items,
    ).toEqual([]);
    expect((await call('GET', '/api/v1/admin/caller-reads', lead.token)).status).toBe(403);
    expect((await call('GET', '/api/v1/admin/caller-reads', OPERATOR)).status).toBe(403);
    expect((await call('GET', '/api/v1/admin/caller-reads?since=yesterday', SUPERVISOR)).body).toMatchObject({
      statusCode: 400,
      details: [expect.objectContaining({ field: 'since' })],
    });
  });

  it('R14.3 never lets an admin or a partner read a caller, on either path, and audits nothing', async () => {
    const before = await count('caller_reads');
    for (const token of [ADMIN, PARTNER]) {
      expect(
        (await call('GET', `/api/v1/work-orders/${named.workOrderId}/caller?${why('verify-identity')}`, token)).status,
      ).toBe(403);
      expect(
        (await call('GET', `/api/v1/requests/${named.requestId}/caller?${why('verify-identity')}`, token)).status,
      ).toBe(403);
      expect((await call('GET', '/api/v1/contact-requests', token)).status).toBe(403);
    }
    // An admin's view of the work order shows no caller beyond whether the caller is anonymous.
    expect((await call('GET', `/api/v1/work-orders/${named.workOrderId}`, ADMIN)).body.caller).toEqual({
      anonymous: false,
    });
    expect(await count('caller_reads')).toBe(before);
  });

  it('R14.3 answers the old path GET /api/v1/requests/{id}/caller the same, with the same rules and the same audit', async () => {
    const reason = why('contact-caller', '旧接口联系来电人');
    const byOrder = await call('GET', `/api/v1/work-orders/${named.workOrderId}/caller?${reason}`, lead.token);
    const before = await count('caller_reads');
    const byRequest = await call('GET', `/api/v1/requests/${named.requestId}/caller?${reason}`, lead.token);
    expect(byRequest).toMatchObject({ status: 200, body: byOrder.body });
    expect(await count('caller_reads')).toBe(before + 1);
    const audit = await suite.sql(
      'SELECT reader_role, unit_id, work_order_id FROM intake.caller_reads WHERE note = $1 ORDER BY read_at',
      ['旧接口联系来电人'],
    );
    expect(audit.rows).toEqual([
      { reader_role: 'unit', unit_id: lead.id, work_order_id: named.workOrderId },
      { reader_role: 'unit', unit_id: lead.id, work_order_id: named.workOrderId },
    ]);
    const hidden = await call('GET', `/api/v1/requests/${anonymous.requestId}/caller?${reason}`, lead.token);
    expect(hidden.status).toBe(403);
    expect(hidden.body.message).toMatch(/anonymous/);
    expect((await call('GET', `/api/v1/requests/${named.requestId}/caller?${reason}`, other.token)).status).toBe(403);
    const staff = await call(
      'GET',
      `/api/v1/requests/${named.requestId}/caller?${why('callback', '回访前核对')}`,
      OPERATOR,
    );
    expect(staff.body).toEqual({ requestId: named.requestId, anonymous: false, view: 'clear', ...NAMED });
    expect((await call('GET', `/api/v1/requests/${named.requestId}/caller`, OPERATOR)).body).toMatchObject({
      statusCode: 400,
      details: [{ field: 'reason' }],
    });
  });

  it('R14.3 answers bad contact-request and outcome bodies with 400 naming the field, and writes nothing', async () => {
    const before = { requests: await count('contact_requests'), outbox: await count('outbox') };
    const wo = `/api/v1/work-orders/${anonymous.workOrderId}/contact-requests`;
    const cases: Array<[string, Promise<{ status: number; body: Json }>, number, string?]> = [
      ['empty message', call('POST', wo, lead.token, { message: '' }), 400, 'message'],
      ['message not a string', call('POST', wo, lead.token, { message: 42 }), 400, 'message'],
      ['2 001-character message', call('POST', wo, lead.token, { message: '请'.repeat(2001) }), 400, 'message'],
      ['malformed JSON', call('POST', wo, lead.token, '{"message": '), 400],
      [
        'not a work-order id',
        call('POST', '/api/v1/work-orders/not-a-uuid/contact-requests', lead.token, { message: '请转告' }),
        400,
      ],
      [
        'contacted not a boolean',
        call('POST', `/api/v1/contact-requests/${anonymous.workOrderId}/outcome`, OPERATOR, { contacted: 'yes' }),
        400,
        'contacted',
      ],
      [
        'note too long',
        call('POST', `/api/v1/contact-requests/${anonymous.workOrderId}/outcome`, OPERATOR, {
          contacted: true,
          note: '记'.repeat(2001),
        }),
        400,
        'note',
      ],
      [
        'unknown contact request',
        call('POST', `/api/v1/contact-requests/${anonymous.workOrderId}/outcome`, OPERATOR, { contacted: true }),
        404,
      ],
      [
        'unit closing',
        call('POST', `/api/v1/contact-requests/${anonymous.workOrderId}/outcome`, lead.token, { contacted: true }),
        403,
      ],
      ['unknown status', call('GET', '/api/v1/contact-requests?status=pending', OPERATOR), 400, 'status'],
      ['no token', call('POST', wo, null, { message: '请转告' }), 401],
    ];
    for (const [label, answer, status, field] of cases) {
      const { status: got, body } = await answer;
      expect({ label, status: got }).toEqual({ label, status });
      if (field)
        expect({ label, fields: (body.details as Array<{ field: string }>).map((detail) => detail.field) }).toEqual({
          label,
          fields: expect.arrayContaining([field]),
        });
    }
    expect({ requests: await count('contact_requests'), outbox: await count('outbox') }).toEqual(before);
  });

  it('R14.3 R18.1 publishes the caller paths and their body rules in the OpenAPI document', async () => {
    const document = (await call('GET', '/api/openapi.json', null)).body as {
      paths: Record<string, Json>;
      components: { schemas: Record<string, { required?: string[] }> };
    };
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/work-orders/{id}/caller',
        '/api/v1/requests/{id}/caller',
        '/api/v1/work-orders/{id}/contact-requests',
        '/api/v1/contact-requests',
        '/api/v1/contact-requests/{cid}/outcome',
        '/api/v1/admin/caller-reads',
      ]),
    );
    expect(document.components.schemas['ContactRequestBody']!.required).toEqual(['message']);
    expect(document.components.schemas['ContactRequestOutcomeBody']!.required).toEqual(['contacted']);
  });

  it('R14.3 leaves no clear caller data in any table, event or log after the clear reads of this run', async () => {
    await eventually(
      async () => (await suite.sql('SELECT count(*)::int AS n FROM intake.outbox WHERE sent_at IS NULL')).rows[0].n,
      (n) => n === 0,
      20_000,
    );
    expect(await count('caller_reads')).toBeGreaterThanOrEqual(5);
    const tables = await suite.sql<{ table_schema: string; table_name: string }>(
      `SELECT table_schema, table_name FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')`,
    );
    let scanned = '';
    for (const { table_schema, table_name } of tables.rows) {
      scanned += (
        await suite.sql<{ row: string }>(`SELECT t::text AS row FROM "${table_schema}"."${table_name}" t`)
      ).rows
        .map((row) => row.row)
        .join('\n');
    }
    expect(scanned).toContain('workorder.contact-request-closed');
    const logs = suite.platform.services.map((service) => service.output()).join('\n');
    for (const secret of SECRETS) {
      expect({ secret, inTables: scanned.includes(secret) }).toEqual({ secret, inTables: false });
      expect({ secret, inLogs: logs.includes(secret) }).toEqual({ secret, inLogs: false });
    }
  });
});
