import { bearer, beijingTime, eventually, Json, platformSuite } from '@hotline/testing';

/**
 * Art. 11 over HTTP against the built services: leaders' answering days (领导接听日) and unit heads' rotation days
 * (轮值日) on the roster, conflicts refused, the calendar showing who is on duty, and a call received that day
 * recording it on its work order. November 2026: Mon 11-02 to Fri 11-06 are working days.
 */
describe('the duty roster of Art. 11 (built services, HTTP, NATS, Postgres)', () => {
  const { call, at } = platformSuite('rosters', { startAt: beijingTime('2026-11-02 08:00') });
  const SUPERVISOR = bearer(['supervisor'], 'sv-1');
  const OPERATOR = bearer(['operator'], 'op-1');
  const UNIT = bearer(['unit'], 'h-1', 'xt-cgj');

  it("R11.1 puts a leader's answering slot and a unit head's rotation day on the roster, and lists the day", async () => {
    const leader = await call('POST', '/api/v1/rosters', SUPERVISOR, {
      kind: 'leader-answering',
      date: '2026-11-03',
      person: '副市长 王某',
      from: '09:00',
      until: '11:00',
    });
    expect(leader.status).toBe(201);
    expect(leader.body).toMatchObject({
      id: expect.any(String),
      kind: 'leader-answering',
      from: '09:00',
      createdBy: 'sv-1',
    });
    const rotation = await call('POST', '/api/v1/rosters', SUPERVISOR, {
      kind: 'unit-rotation',
      date: '2026-11-03',
      person: '市城管局局长 李某',
      unitId: 'xt-cgj',
      note: '城市管理类诉求现场答复',
    });
    expect(rotation.status).toBe(201);
    const day = await call('GET', '/api/v1/rosters?date=2026-11-03', SUPERVISOR);
    expect(day.status).toBe(200);
    expect((day.body.items as Json[]).map((item) => [item.kind, item.person])).toEqual([
      ['unit-rotation', '市城管局局长 李某'],
      ['leader-answering', '副市长 王某'],
    ]);
    const week = await call('GET', '/api/v1/rosters?from=2026-11-02&to=2026-11-08&kind=leader-answering', SUPERVISOR);
    expect((week.body.items as Json[]).map((item) => item.person)).toEqual(['副市长 王某']);
  });

  it('R11.1 refuses a conflicting roster entry with 422, and writes nothing', async () => {
    const base = { kind: 'leader-answering', date: '2026-11-05', person: '副市长 赵某', from: '14:00', until: '16:00' };
    expect((await call('POST', '/api/v1/rosters', SUPERVISOR, base)).status).toBe(201);
    const samePerson = await call('POST', '/api/v1/rosters', SUPERVISOR, { ...base, from: '16:00', until: '17:00' });
    expect(samePerson.status).toBe(422);
    expect(samePerson.body.message).toMatch(/R11\.1.*副市长 赵某 is already on the roster of 2026-11-05/);
    const overlapping = await call('POST', '/api/v1/rosters', SUPERVISOR, {
      ...base,
      person: '市长 钱某',
      from: '15:00',
    });
    expect(overlapping.status).toBe(422);
    expect(overlapping.body.message).toMatch(/already answers at the hotline in that time/);
    const onHoliday = await call('POST', '/api/v1/rosters', SUPERVISOR, {
      kind: 'unit-rotation',
      date: '2026-10-01',
      person: '市住建局局长 孙某',
      unitId: 'xt-zjj',
    });
    expect(onHoliday.status).toBe(422);
    expect(onHoliday.body.message).toMatch(/not a working day/);
    const day = await call('GET', '/api/v1/rosters?date=2026-11-05', SUPERVISOR);
    expect((day.body.items as Json[]).map((item) => item.person)).toEqual(['副市长 赵某']);
    expect((await call('GET', '/api/v1/rosters?date=2026-10-01', SUPERVISOR)).body.items).toEqual([]);
  });

  it('R11.1 takes three leaders sent at once for one hour in turn: one is scheduled, the others refused (422)', async () => {
    const slot = { kind: 'leader-answering', date: '2026-11-06', from: '09:00', until: '10:00' };
    const answers = await Promise.all(
      ['副市长 甲某', '副市长 乙某', '副市长 丙某'].map((person) =>
        call('POST', '/api/v1/rosters', SUPERVISOR, { ...slot, person }),
      ),
    );
    expect(answers.map((answer) => answer.status).sort()).toEqual([201, 422, 422]);
    expect((await call('GET', '/api/v1/rosters?date=2026-11-06', SUPERVISOR)).body.items).toHaveLength(1);
  });

  it('R11.1 refuses a malformed entry with 400 naming the field, and lets only a supervisor keep the roster', async () => {
    const badDay = await call('POST', '/api/v1/rosters', SUPERVISOR, {
      kind: 'leader-answering',
      date: '2026-02-30',
      person: '副市长 王某',
    });
    expect(badDay.status).toBe(400);
    expect(badDay.text).toContain('date');
    const badTime = await call('POST', '/api/v1/rosters', SUPERVISOR, {
      kind: 'leader-answering',
      date: '2026-11-06',
      person: '副市长 王某',
      from: '25:00',
      until: '26:00',
    });
    expect(badTime.status).toBe(400);
    expect(badTime.text).toContain('from');
    const tooLong = await call('GET', '/api/v1/rosters?from=2026-01-01&to=2027-06-01', SUPERVISOR);
    expect(tooLong.status).toBe(400);
    const byUnit = await call('POST', '/api/v1/rosters', UNIT, {
      kind: 'unit-rotation',
      date: '2026-11-06',
      person: '局长 李某',
      unitId: 'xt-cgj',
    });
    expect(byUnit.status).toBe(403);
  });

  it('R11.1 the calendar shows who is on duty on a day', async () => {
    const year = await call('GET', '/api/v1/calendar/2026', OPERATOR);
    expect(year.status).toBe(200);
    const day = (year.body.onDuty as Json[]).find((entry) => entry.date === '2026-11-03');
    expect(day?.leaders.map((duty: Json) => duty.person)).toEqual(['副市长 王某']);
    expect(day?.rotations.map((duty: Json) => [duty.person, duty.unitId])).toEqual([['市城管局局长 李某', 'xt-cgj']]);
    expect((year.body.onDuty as Json[]).map((entry) => entry.date)).toEqual(['2026-11-03', '2026-11-05', '2026-11-06']);
  });

  it('R11.1 a request received on a duty day records who was on duty on its work order', async () => {
    at('2026-11-03 10:15');
    const created = await call('POST', '/api/v1/requests', OPERATOR, {
      channel: 'phone',
      caller: { name: '陈立', phone: '13907320031' },
      content: '河东大道人行道井盖缺失，夜间行人易摔倒',
      type: 'complaint',
      location: { district: '雨湖区', address: '河东大道' },
    });
    expect(created.status).toBe(201);
    const id = created.body.workOrder.id as string;
    const view = await eventually(
      () => call('GET', `/api/v1/work-orders/${id}`, SUPERVISOR).then((answer) => answer.body),
      (body) => body.onDuty !== undefined,
      20_000,
    );
    expect(view.onDuty.date).toBe('2026-11-03');
    expect(view.onDuty.leaders.map((duty: Json) => duty.person)).toEqual(['副市长 王某']);
    expect(view.onDuty.rotations.map((duty: Json) => duty.unitId)).toEqual(['xt-cgj']);

    at('2026-11-04 10:15');
    const nextDay = await call('POST', '/api/v1/requests', OPERATOR, {
      channel: 'phone',
      caller: { name: '陈立', phone: '13907320031' },
      content: '建设路路灯不亮',
      type: 'complaint',
      location: { district: '雨湖区', address: '建设路' },
    });
    const other = await eventually(
      () => call('GET', `/api/v1/work-orders/${nextDay.body.workOrder.id}`, SUPERVISOR).then((a) => a.body),
      (body) => body.id !== undefined,
      20_000,
    );
    expect(other.onDuty).toBeUndefined();
  });
});
