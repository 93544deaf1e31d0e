import { Inbox } from '@hotline/persistence';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { spyTransactions } from './fixtures/spy-transactions';
import { serviceDatabase } from './fixtures/service-database';

/** Consumers' effects applied once per event while many are handled at once (group commit, real Postgres). */
describe('Inbox: events handled together share a transaction and each is still applied exactly once', () => {
  const database = serviceDatabase('inbox', 'supervision');
  let inbox: Inbox;
  const CONSUMER = 'inbox-test';
  const record = (eventId: string) => async (manager: EntityManager) => {
    await manager.query('INSERT INTO inbox_effects (event_id) VALUES ($1)', [eventId]);
    return eventId;
  };
  const effectsOf = async (ids: string[]) =>
    Number(
      (
        await database.dataSource.query('SELECT count(*)::int AS n FROM inbox_effects WHERE event_id = ANY($1)', [ids])
      )[0].n,
    );

  beforeAll(async () => {
    await database.dataSource.query('CREATE TABLE inbox_effects (event_id uuid NOT NULL)');
    inbox = new Inbox(database.dataSource);
  });

  it('applies 50 events handled at the same moment, each once, in fewer transactions than events', async () => {
    const ids = Array.from({ length: 50 }, () => randomUUID());
    const transactions = spyTransactions(database.dataSource);
    const outcomes = await Promise.all(ids.map((id) => inbox.handleOnce(CONSUMER, id, record(id))));
    expect(outcomes).toEqual(ids.map((id) => ({ applied: true, result: id })));
    expect(await effectsOf(ids)).toBe(50);
    expect(transactions()).toBeLessThan(50);
  });

  it('applies an event redelivered into the same batch, and again later, only once', async () => {
    const id = randomUUID();
    const outcomes = await Promise.all([
      inbox.handleOnce(CONSUMER, id, record(id)),
      inbox.handleOnce(CONSUMER, id, record(id)),
    ]);
    expect(outcomes.filter((outcome) => outcome.applied)).toHaveLength(1);
    expect(await inbox.handleOnce(CONSUMER, id, record(id))).toEqual({ applied: false });
    expect(await effectsOf([id])).toBe(1);
  });

  it('fails only the event whose effect fails; the others of its batch are applied and the failed one can be retried', async () => {
    const ids = Array.from({ length: 6 }, () => randomUUID());
    const failing = ids[3]!;
    const results = await Promise.allSettled(
      ids.map((id) =>
        inbox.handleOnce(
          CONSUMER,
          id,
          id === failing ? () => Promise.reject(new Error('handler refused')) : record(id),
        ),
      ),
    );
    expect(results.map((result) => result.status)).toEqual([
      'fulfilled',
      'fulfilled',
      'fulfilled',
      'rejected',
      'fulfilled',
      'fulfilled',
    ]);
    expect(await effectsOf(ids)).toBe(5);
    // Nothing of the failed event was kept, its inbox row included: a redelivery applies it.
    expect(await inbox.handleOnce(CONSUMER, failing, record(failing))).toEqual({ applied: true, result: failing });
    expect(await effectsOf(ids)).toBe(6);
  });
});
