import { toProblem } from '@hotline/messaging';
import { eventually } from '../src';
import { serviceDatabase } from './fixtures/service-database';

const UNAVAILABLE = { statusCode: 503, error: 'Service Unavailable' };

/**
 * A database connection that goes away under a request (Postgres restarting, failing over, or an administrator
 * ending it) is answered 503, to retry, not 500: the errors as the real driver and TypeORM raise them.
 */
describe('a request whose database connection goes away (real Postgres)', () => {
  const database = serviceDatabase('db-unavailable', 'dispatch');

  const failed = (error: unknown) => error;
  const answered = () => new Error('the ended connection answered');

  /**
   * What a query on a connection raises when Postgres ends the connection from another session, as a restart or a
   * failover ends them all: while the query runs (`during`), or between two queries of the same runner (`after`).
   */
  async function failureOfEndedConnection(when: 'during' | 'after'): Promise<unknown> {
    const runner = database.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ pid }] = (await runner.query('SELECT pg_backend_pid() AS pid')) as Array<{ pid: number }>;
      const terminate = () => database.dataSource.query('SELECT pg_terminate_backend($1, 5000)', [pid]);
      if (when === 'after') {
        await terminate();
        return await runner.query('SELECT 1').then(answered, failed);
      }
      const running = runner.query('SELECT pg_sleep(30)').then(answered, failed);
      await eventually(
        () =>
          database.dataSource.query(`SELECT 1 FROM pg_stat_activity WHERE pid = $1 AND wait_event = 'PgSleep'`, [pid]),
        (rows: unknown[]) => rows.length === 1,
        5_000,
      );
      await terminate();
      return await running;
    } finally {
      await runner.release().catch(() => undefined);
    }
  }

  // first: a connection ended below goes back to the pool and fails the next query that takes it
  it('leaves a failure of the query itself a 500', async () => {
    const failure = await database.dataSource.query('SELECT * FROM dispatch.nowhere').catch((error: unknown) => error);
    expect(toProblem(failure)).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal error' });
  });

  it('is a 503 to retry when the connection ends under the query (Postgres says 57P01)', async () => {
    const failure = await failureOfEndedConnection('during');
    expect(failure).toMatchObject({ code: '57P01' });
    expect(toProblem(failure)).toMatchObject(UNAVAILABLE);
  });

  it('is a 503 to retry when the connection ended between two queries of the same runner (a transaction)', async () => {
    const failure = await failureOfEndedConnection('after');
    expect(failure).toBeInstanceOf(Error);
    expect(toProblem(failure)).toMatchObject(UNAVAILABLE);
  });
});
