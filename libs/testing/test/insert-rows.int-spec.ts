import { InboxEntry, insertRows, OutboxMessage } from '@hotline/persistence';
import { randomUUID } from 'node:crypto';
import { serviceDatabase } from './fixtures/service-database';

/** The hot paths' INSERT without TypeORM's query builder writes what TypeORM would (real Postgres). */
describe('insertRows', () => {
  const database = serviceDatabase('insert-rows', 'dispatch');

  it('writes many rows in one statement: JSON as JSON (arrays included), defaults where a row says nothing', async () => {
    const rows = [0, 1, 2].map((i) => ({
      id: randomUUID(),
      subject: `s.${i}`,
      type: 't',
      workOrderId: i === 0 ? null : `wo-${i}`,
      envelope: { id: `e-${i}`, payload: { list: [1, 'two', { three: 3 }] } } as never,
      ...(i === 2 ? { headers: { traceparent: 'x' } } : {}),
    }));
    await insertRows(database.dataSource.manager, OutboxMessage, rows);
    const saved = await database.dataSource
      .getRepository(OutboxMessage)
      .find({ where: rows.map(({ id }) => ({ id })), order: { seq: 'ASC' } });
    expect(saved.map((row) => [row.subject, row.workOrderId, row.headers, row.attempts, row.sentAt])).toEqual([
      ['s.0', null, {}, 0, null],
      ['s.1', 'wo-1', {}, 0, null],
      ['s.2', 'wo-2', { traceparent: 'x' }, 0, null],
    ]);
    expect(saved[0]?.envelope).toEqual({ id: 'e-0', payload: { list: [1, 'two', { three: 3 }] } });
    expect(saved.every((row) => row.createdAt instanceof Date && Number(row.seq) > 0)).toBe(true);
  });

  it('passes the conflict clause and answers the returned rows', async () => {
    const eventId = randomUUID();
    const first = await insertRows(
      database.dataSource.manager,
      InboxEntry,
      [{ consumer: 'c', eventId }],
      'ON CONFLICT DO NOTHING RETURNING event_id',
    );
    const again = await insertRows(
      database.dataSource.manager,
      InboxEntry,
      [{ consumer: 'c', eventId }],
      'ON CONFLICT DO NOTHING RETURNING event_id',
    );
    expect(first).toEqual([{ event_id: eventId }]);
    expect(again).toEqual([]);
    expect(await insertRows(database.dataSource.manager, InboxEntry, [])).toEqual([]);
  });
});
