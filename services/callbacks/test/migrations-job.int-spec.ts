import { Client } from 'pg';
import {
  createTestEnvironment,
  eventually,
  freePort,
  RunningService,
  startBuiltService,
  stopService,
  TestEnvironment,
} from '@hotline/testing';

/**
 * The migration Job before a rollout (deploy/k8s/base/migrations.yaml): the built service with HOTLINE_MIGRATIONS=only
 * migrates its schema and exits 0; with `skip` (production's Deployments) it starts without migrating, and refuses to
 * start while a migration is pending. Real Postgres and NATS; needs `npm run build`, as the int tier runs after it.
 */
describe('HOTLINE_MIGRATIONS: a migration Job, then services that skip migrations (built callbacks, real Postgres)', () => {
  let environment: TestEnvironment;
  let database: Client;
  const running: RunningService[] = [];

  const start = async (mode: string) => {
    const service = startBuiltService('callbacks', {
      ...environment.env,
      HEALTH_PORT: String(await freePort()),
      HOTLINE_MIGRATIONS: mode,
    });
    running.push(service);
    return service;
  };
  const appliedMigrations = async (): Promise<string[]> => {
    const [{ present }] = (
      await database.query(`SELECT to_regclass('"callbacks"."migrations"') IS NOT NULL AS present`)
    ).rows as Array<{ present: boolean }>;
    if (!present) return [];
    return (await database.query('SELECT name FROM "callbacks"."migrations" ORDER BY id')).rows.map(
      (row: { name: string }) => row.name,
    );
  };
  const exitOf = (service: RunningService) =>
    Promise.race([
      service.exited,
      new Promise<never>((_, reject) =>
        setTimeout(() => reject(new Error(`still running:\n${service.output().slice(-2000)}`)), 90_000),
      ),
    ]);

  beforeAll(async () => {
    environment = await createTestEnvironment('migjob');
    database = new Client({ connectionString: environment.databaseUrl });
    await database.connect();
  });

  afterAll(async () => {
    await Promise.all(running.map((service) => stopService(service, 'SIGKILL', 1_000)));
    await database?.end();
    await environment?.teardown();
  });

  it('skip: refuses to start on a database the Job has not migrated, naming what to run, and creates nothing', async () => {
    const service = await start('skip');
    expect(await exitOf(service)).toMatchObject({ code: 1 });
    expect(service.output()).toContain('pending migration');
    expect(service.output()).toContain('HOTLINE_MIGRATIONS=only');
    expect(await appliedMigrations()).toEqual([]);
    const schemas = await database.query(`SELECT 1 FROM information_schema.schemata WHERE schema_name = 'callbacks'`);
    expect(schemas.rowCount).toBe(0);
  });

  it('only: runs every migration of the service and exits 0 without opening its health port', async () => {
    const service = await start('only');
    expect(await exitOf(service)).toEqual({ code: 0, signal: null });
    expect(service.output()).toContain('migrations are up to date');
    expect(service.output()).not.toContain('listening on');
    const applied = await appliedMigrations();
    expect(applied.length).toBeGreaterThan(3);
    expect(applied[0]).toBe('PlatformTables1764000000000');
  });

  it('skip: after the Job, starts and is ready without running a migration', async () => {
    const before = await appliedMigrations();
    await database.query('SELECT pg_advisory_lock(1234500001)');
    try {
      // The lock the migrations take is held here: a service that tried to migrate could not become ready.
      const port = await freePort();
      const service = startBuiltService('callbacks', {
        ...environment.env,
        HEALTH_PORT: String(port),
        HOTLINE_MIGRATIONS: 'skip',
      });
      running.push(service);
      await eventually(
        () =>
          fetch(`http://127.0.0.1:${port}/readyz`).then(
            (response) => response.status,
            () => 0,
          ),
        (status) => status === 200,
        90_000,
        250,
      ).catch((error: Error) => {
        throw new Error(`${error.message}\n${service.output().slice(-2000)}`);
      });
      expect(await appliedMigrations()).toEqual(before);
      expect(await stopService(service, 'SIGTERM', 12_000)).toMatchObject({ code: 0 });
    } finally {
      await database.query('SELECT pg_advisory_unlock(1234500001)');
    }
  });
});
