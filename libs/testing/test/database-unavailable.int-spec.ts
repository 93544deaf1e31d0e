import { toProblem } from '@hotline/messaging';
import { serviceDatabase } from './fixtures/service-database';

const UNAVAILABLE = { statusCode: 503, error: 'Service Unavailable' };

/**
 * A database connection that goes away under a request (Postgres restarting, failing over, or an administrator
 * ending it) is answered 503, to retry, not 500: the errors as the real driver and TypeORM raise them.
 */
describe('a request whose database connection goes away (real Postgres)', () => {
  const database = serviceDatabase('db-unavailable', 'dispatch');

  /** A query on a connection that Postgres has just ended from another session, as a restart ends them all. */
  async function failureOfEndedConnection(): Promise<unknown> {
    const runner = database.dataSource.createQueryRunner();
    await runner.connect();
    try {
      const [{ pid }] = (await runner.query('SELECT pg_backend_pid() AS pid')) as Array<{ pid: number }>;
      await database.dataSource.query('SELECT pg_terminate_backend($1)', [pid]);
      return await runner.query('SELECT 1').then(
        () => new Error('the ended connection answered'),
        (error: unknown) => error,
      );
    } finally {
      await runner.release().catch(() => undefined);
    }
  }

  // first: a connection ended below goes back to the pool and fails the next query that takes it
  it('leaves a failure of the query itself a 500', async () => {
    const failure = await database.dataSource.query('SELECT * FROM dispatch.nowhere').catch((error: unknown) => error);
    expect(toProblem(failure)).toEqual({ statusCode: 500, error: 'Internal Server Error', message: 'Internal error' });
  });

  it('is a 503 to retry, whichever way the driver reports the ended connection', async () => {
    const failure = await failureOfEndedConnection();
    expect(failure).toBeInstanceOf(Error);
    expect(toProblem(failure)).toMatchObject(UNAVAILABLE);
  });
});
