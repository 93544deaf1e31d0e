import { INestApplication, Module } from '@nestjs/common';
import { WorkingCalendar, WorkingCalendarModule } from '@hotline/calendar';
import { Actor, CalendarRpc } from '@hotline/contracts';
import { deadline, toBeijingIso } from '@hotline/domain';
import { MessagingModule, RpcClient } from '@hotline/messaging';
import { createTestEnvironment, eventually, TestEnvironment, startServiceInProcess } from '@hotline/testing';
import { HolidayNoticeRecord, PersistenceModule } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { AppModule as SupervisionModule } from '../src/app.module';

/** Any service that counts working days (intake, dispatch, handling …) is built like this one. */
@Module({
  imports: [
    PersistenceModule.forService({ service: 'deadlines' }),
    MessagingModule.forService('deadlines'),
    WorkingCalendarModule,
  ],
})
class DeadlineServiceModule {}

const ADMIN: Actor = { kind: 'user', id: 'admin-1', role: 'admin' };

/** Made up for the test: the real 2027 notice is not published yet. It keeps every statutory holiday. */
const NOTICE_2027 = {
  year: 2027,
  document: 'TEST ONLY — not a real notice',
  holidays: [
    { name: '元旦', start: '2027-01-01', end: '2027-01-03' },
    { name: '春节', start: '2027-02-05', end: '2027-02-12' },
    { name: '清明节', start: '2027-04-03', end: '2027-04-05' },
    { name: '劳动节', start: '2027-05-01', end: '2027-05-05' },
    { name: '端午节', start: '2027-06-09', end: '2027-06-09' },
    { name: '中秋节', start: '2027-09-15', end: '2027-09-15' },
    { name: '国庆节', start: '2027-10-01', end: '2027-10-07' },
  ],
  makeUpWorkdays: [{ date: '2027-02-20' }, { date: '2027-05-08' }, { date: '2027-09-26' }, { date: '2027-10-09' }],
};

// The instant the services' clock stands at: the administrator loads the 2027 notice in December 2026.
const LOADED_AT = new Date('2026-12-20T10:00:00+08:00');

// Thursday before the Spring Festival of 2027: the one-working-day limit depends on how long the holiday is.
const BEFORE_SPRING_FESTIVAL = new Date('2027-02-04T10:00:00+08:00');

describe('loading a year’s holiday notice without a release (real Postgres and NATS)', () => {
  let environment: TestEnvironment;
  let supervision: INestApplication;
  let otherService: INestApplication;
  let env: Record<string, string>;
  const start = (module: new () => unknown, service: string) => startServiceInProcess(module, service, env);
  const callbackDue = (app: INestApplication) =>
    deadline('online-callback', BEFORE_SPRING_FESTIVAL, {}, { calendar: app.get(WorkingCalendar).current });

  beforeAll(async () => {
    environment = await createTestEnvironment('calendar');
    env = { ...environment.env, HOTLINE_OUTBOX_POLL_MS: '200', HOTLINE_TEST_CLOCK: LOADED_AT.toISOString() };
    supervision = await start(SupervisionModule, 'supervision');
    otherService = await start(DeadlineServiceModule, 'deadlines');
  });

  afterAll(async () => {
    await otherService?.close();
    await supervision?.close();
    await environment?.teardown();
  });

  it('counts an unpublished year by the statutory holidays, every deadline provisional', async () => {
    const view = await otherService.get(RpcClient).request(CalendarRpc.year, { year: 2027 });
    expect(view).toMatchObject({ year: 2027, published: false, source: 'statutory-fallback', notice: null });
    expect(view.specialDays.find((day) => day.date === '2027-01-01')).toMatchObject({
      working: false,
      provisional: true,
    });
    // 除夕 Fri 02-05 to 初三 Mon 02-08, and the Saturday and Sunday among them given again on Tue and Wed (补假).
    const due = callbackDue(otherService);
    expect({ due: toBeijingIso(due.due), provisional: due.provisional }).toEqual({
      due: '2027-02-12T00:00:00+08:00',
      provisional: true,
    });
  });

  it('refuses an invalid notice with 400 and the failing field, and a year that does not match', async () => {
    const rpc = otherService.get(RpcClient);
    const weekdayMakeUp = { ...NOTICE_2027, makeUpWorkdays: [{ date: '2027-03-03' }] };
    await expect(
      rpc.request(CalendarRpc.loadNotice, { actor: ADMIN, year: 2027, notice: weekdayMakeUp }),
    ).rejects.toMatchObject({
      problem: { statusCode: 400, message: expect.stringContaining('makeUpWorkdays') },
    });
    await expect(
      rpc.request(CalendarRpc.loadNotice, { actor: ADMIN, year: 2028, notice: NOTICE_2027 }),
    ).rejects.toMatchObject({ problem: { statusCode: 400 } });
    expect(otherService.get(WorkingCalendar).current.isPublished(2027)).toBe(false);
  });

  it('applies a loaded notice in every service that counts working days, and keeps it across a restart', async () => {
    const view = await supervision
      .get(RpcClient)
      .request(CalendarRpc.loadNotice, { actor: ADMIN, year: 2027, notice: NOTICE_2027 });
    expect(view).toMatchObject({ year: 2027, published: true, source: 'notice' });
    // loaded at the time the service's clock gives, as every use case acts
    const stored = await supervision.get(DataSource).getRepository(HolidayNoticeRecord).findOneByOrFail({ year: 2027 });
    expect(stored.loadedAt.toISOString()).toBe(LOADED_AT.toISOString());
    expect(view.specialDays.find((day) => day.date === '2027-02-20')).toMatchObject({
      working: true,
      kind: 'make-up-workday',
      provisional: false,
    });

    await eventually(async () => otherService.get(WorkingCalendar).current.isPublished(2027), Boolean);
    const due = callbackDue(otherService);
    expect({ due: toBeijingIso(due.due), provisional: due.provisional }).toEqual({
      due: '2027-02-16T00:00:00+08:00',
      provisional: false,
    });

    await otherService.close();
    otherService = await start(DeadlineServiceModule, 'deadlines');
    expect(otherService.get(WorkingCalendar).current.isPublished(2027)).toBe(true);
  });
});
