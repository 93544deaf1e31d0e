import { bearer, Json, platformSuite, workOrderRequests } from '@hotline/testing';

const PHONE = '13907327701';
const OTHER_PHONE = '13907327702';

/**
 * Caller misuse as Art. 27 says (R27.1), over HTTP against the built services: an operator flags a request's caller
 * for abuse, threats or long occupation; the flags are listed under the keyed hash of the caller's phone, never the
 * phone; the next call from the same number shows them in the operator's assist.
 */
describe('caller misuse as Art. 27 says (built services, HTTP, NATS, Postgres)', () => {
  const suite = platformSuite('caller-misuse', { clockFollowsNow: true, env: { HOTLINE_MISUSE_LIMIT: '2' } });
  const OPERATOR = bearer(['operator'], 'op-misuse');
  const SUPERVISOR = bearer(['supervisor'], 'sv-misuse');
  const REVIEWER = bearer(['reviewer'], 'rv-misuse');
  const UNIT = bearer(['unit'], 'staff-of-xt-cgj', 'xt-cgj');

  const { call } = suite;
  const flagRows = async () => (await suite.sql('SELECT count(*)::int AS n FROM intake.caller_misuse_flags')).rows[0].n;

  const orders = workOrderRequests(suite, OPERATOR);
  const recordCall = (caller: Json, content: string) =>
    orders.record({ caller, content, location: { district: '雨湖区' } });

  it('R27.1 records abuse on a request; the list shows it under the keyed hash, the phone nowhere; the next call from the number shows the flag in its assist', async () => {
    const first = await recordCall({ name: '司马光明', phone: PHONE }, '反映雨湖区某小区电梯故障');
    expect(first.assist.misuse).toMatchObject({ checked: true, flags: [] });

    const flagged = await call('POST', `/api/v1/requests/${first.requestId}/misuse`, OPERATOR, {
      kind: 'abuse',
      note: '来电人多次辱骂接线员',
    });
    expect(flagged.status).toBe(201);
    expect(flagged.body).toMatchObject({
      requestId: first.requestId,
      kind: 'abuse',
      callerHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      recordedBy: 'op-misuse',
    });
    expect(flagged.text).not.toContain(PHONE);
    const hash = String(flagged.body.callerHash);

    // The flag's audit: the operator's id beside it.
    const audit = await suite.sql(
      'SELECT kind, recorded_by, request_id FROM intake.caller_misuse_flags WHERE id = $1',
      [flagged.body.id],
    );
    expect(audit.rows).toEqual([{ kind: 'abuse', recorded_by: 'op-misuse', request_id: first.requestId }]);

    for (const token of [SUPERVISOR, OPERATOR]) {
      const list = await call('GET', `/api/v1/callers/misuse?callerHash=${hash}`, token);
      expect(list.status).toBe(200);
      expect(list.body.items).toEqual([
        {
          callerHash: hash,
          kind: 'abuse',
          count: 1,
          firstAt: expect.any(String),
          lastAt: expect.any(String),
          requestIds: [first.requestId],
        },
      ]);
      expect(list.text).not.toContain(PHONE);
      expect(list.text).not.toContain('司马光明');
    }

    // The same number calls again: the operator sees the abuse before answering (and the second call in the window
    // is a repeated call at this test's limit of 2, detected and listed as well).
    const second = await recordCall({ phone: PHONE }, '再次来电反映电梯故障');
    expect(second.assist.misuse.flags).toEqual(
      expect.arrayContaining([
        { kind: 'abuse', count: 1, lastAt: expect.any(String) },
        { kind: 'repeated-calls', count: 1, lastAt: expect.any(String) },
      ]),
    );
    const assist = await call('GET', `/api/v1/requests/${second.requestId}/assist`, OPERATOR);
    expect(assist.status).toBe(200);
    expect(assist.body.misuse.flags.map((item: Json) => item.kind).sort()).toEqual(['abuse', 'repeated-calls']);
    expect(assist.text).not.toContain(PHONE);

    const all = await call('GET', `/api/v1/callers/misuse?callerHash=${hash}`, SUPERVISOR);
    expect(all.body.items.map((item: Json) => [item.kind, item.count, item.requestIds])).toEqual(
      expect.arrayContaining([
        ['abuse', 1, [first.requestId]],
        ['repeated-calls', 1, [second.requestId]],
      ]),
    );
    expect(all.text).not.toContain(PHONE);
  });

  it('R27.1 keeps long occupation from the threshold on, and one flag of a kind per request (409)', async () => {
    const { requestId } = await recordCall({ phone: OTHER_PHONE }, '反映噪音扰民');
    const path = `/api/v1/requests/${requestId}/misuse`;
    const short = await call('POST', path, OPERATOR, { kind: 'long-occupation', note: '占线', durationSeconds: 300 });
    expect(short.status).toBe(422);
    expect(short.body.message).toContain('R27.1');
    const long = await call('POST', path, OPERATOR, {
      kind: 'long-occupation',
      note: '来电人长时间占线不挂断',
      durationSeconds: 45 * 60,
    });
    expect(long).toMatchObject({ status: 201, body: { kind: 'long-occupation', durationSeconds: 2700 } });
    const again = await call('POST', path, OPERATOR, { kind: 'long-occupation', note: '再次', durationSeconds: 3600 });
    expect(again.status).toBe(409);
    const threat = await call('POST', path, OPERATOR, { kind: 'threat', note: '扬言报复接线员' });
    expect(threat.status).toBe(201);
  });

  it('R27.1 keeps no flag for a caller without a phone: 422, nothing written, no flags in the assist', async () => {
    const anonymous = await recordCall({ anonymous: true }, '匿名反映某路段积水');
    expect(anonymous.assist.misuse).toMatchObject({ checked: false, flags: [] });
    const before = await flagRows();
    const refused = await call('POST', `/api/v1/requests/${anonymous.requestId}/misuse`, OPERATOR, {
      kind: 'threat',
      note: '威胁',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.message).toContain('no phone number');
    expect(await flagRows()).toBe(before);
  });

  it('R27.1 lets only operators record flags and only operators and supervisors list them (a unit gets 403)', async () => {
    const { requestId } = await recordCall({ phone: '13907327703' }, '咨询公积金提取');
    const before = await flagRows();
    const body = { kind: 'abuse', note: '辱骂' };
    for (const token of [UNIT, SUPERVISOR, REVIEWER])
      expect((await call('POST', `/api/v1/requests/${requestId}/misuse`, token, body)).status).toBe(403);
    for (const token of [UNIT, REVIEWER]) expect((await call('GET', '/api/v1/callers/misuse', token)).status).toBe(403);
    expect((await call('GET', '/api/v1/callers/misuse', null)).status).toBe(401);
    expect(await flagRows()).toBe(before);
  });

  it('R27.1 answers bad bodies and filters with 400 naming the field, writing nothing', async () => {
    const { requestId } = await recordCall({ phone: '13907327704' }, '反映路灯不亮');
    const path = `/api/v1/requests/${requestId}/misuse`;
    const before = await flagRows();
    const cases: Array<[Json, string]> = [
      [{ kind: 'slander', note: '诽谤' }, 'kind'],
      [{ kind: 'repeated-calls', note: '反复拨打' }, 'kind'],
      [{ kind: 'abuse' }, 'note'],
      [{ kind: 'abuse', note: '   ' }, 'note'],
      [{ kind: 'abuse', note: '骂'.repeat(501) }, 'note'],
      [{ kind: 'long-occupation', note: '占线', durationSeconds: 'long' }, 'durationSeconds'],
      [{ kind: 'long-occupation', note: '占线', durationSeconds: 0 }, 'durationSeconds'],
      [{ kind: 'long-occupation', note: '占线' }, 'durationSeconds'],
      [{ kind: 'abuse', note: '辱骂', durationSeconds: 3600 }, 'durationSeconds'],
      [{ kind: 'abuse', note: '辱骂', phone: PHONE }, 'phone'],
    ];
    for (const [body, field] of cases) {
      const answer = await call('POST', path, OPERATOR, body);
      expect({ body, status: answer.status }).toEqual({ body, status: 400 });
      expect(answer.body.message).toContain(field);
    }
    expect(
      (await call('POST', `/api/v1/requests/not-a-uuid/misuse`, OPERATOR, { kind: 'abuse', note: '辱骂' })).status,
    ).toBe(400);
    const unknown = await call('POST', '/api/v1/requests/0b7c6a1e-1111-4222-8333-444455556666/misuse', OPERATOR, {
      kind: 'abuse',
      note: '辱骂',
    });
    expect(unknown.status).toBe(404);
    expect(await flagRows()).toBe(before);

    for (const [query, field] of [
      ['callerHash=13907327704', 'callerHash'],
      ['kind=slander', 'kind'],
      ['since=yesterday', 'since'],
      ['limit=0', 'limit'],
      [`cursor=${Buffer.from('x|y|z').toString('base64url')}`, 'cursor'],
    ]) {
      const answer = await call('GET', `/api/v1/callers/misuse?${query}`, SUPERVISOR);
      expect({ query, status: answer.status }).toEqual({ query, status: 400 });
      expect(answer.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
  });
});
