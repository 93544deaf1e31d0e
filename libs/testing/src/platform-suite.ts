import { Client, QueryResult, QueryResultRow } from 'pg';
import { gatewayClient, Json, seededUnits, UnitStaff } from './gateway-client';
import { BackendName, PlatformLayout, RunningPlatform, startPlatform } from './running-platform';
import { createTestEnvironment, TestEnvironment } from './test-environment';
import { beijingTime } from './work-order-journey';

export interface PlatformSuiteOptions {
  /**
   * settings of every service beyond the test environment's database and NATS namespace, or a function that finds
   * them just before the services start (the address of a collector the suite starts, say)
   */
  env?: Record<string, string> | (() => Promise<Record<string, string>>);
  /** where every service's clock stands until the test moves it (now by default) */
  startAt?: Date;
  /** before each call, move every clock to the real now (suites whose steps depend on time passing for real) */
  clockFollowsNow?: boolean;
  /** only the gateway and these services (every service by default) */
  backends?: readonly BackendName[];
  /** a process per service (default), or all of them in one */
  layout?: PlatformLayout;
}

export interface PlatformSuite {
  readonly platform: RunningPlatform;
  readonly environment: TestEnvironment;
  call: ReturnType<typeof gatewayClient>['call'];
  step: ReturnType<typeof gatewayClient>['step'];
  /** moves every service's clock to this Beijing wall time, `YYYY-MM-DD HH:mm` */
  at(beijing: string): void;
  /** a query on the suite's database, over one connection the suite closes before it drops the database */
  sql<Row extends QueryResultRow = Json>(text: string, values?: unknown[]): Promise<QueryResult<Row>>;
  /**
   * A unit of the seeded directory found by name (`suite.unit(/^雨湖区/)`): its id and a token of its staff. Ask for it
   * where the suite is declared; the suite finds it once the platform has started, before the suite's own `beforeAll`.
   */
  unit(name: RegExp): UnitStaff;
}

/**
 * The set-up of an end-to-end suite: its own database and NATS namespace, every built service started on them, and
 * both torn down after the suite. Call it inside `describe`; it registers the suite's `beforeAll` and `afterAll`.
 */
export function platformSuite(label: string, options: PlatformSuiteOptions = {}): PlatformSuite {
  let environment: TestEnvironment | undefined;
  let platform: RunningPlatform | undefined;
  let connection: Promise<Client> | undefined;
  const units = new Map<RegExp, UnitStaff | undefined>();
  const started = <T>(value: T | undefined, what: string): T => {
    if (!value)
      throw new Error(`the ${what} of suite ${label} is not there: its beforeAll failed (above) or has not run`);
    return value;
  };

  beforeAll(async () => {
    environment = await createTestEnvironment(label);
    const settings = typeof options.env === 'function' ? await options.env() : options.env;
    platform = await startPlatform(
      { ...environment.env, ...settings },
      options.startAt,
      options.backends,
      options.layout,
    );
    if (units.size > 0) {
      const find = await seededUnits(platform.gatewayUrl);
      for (const name of units.keys()) units.set(name, find(name));
    }
  }, 300_000);

  afterAll(async () => {
    await connection?.then((client) => client.end()).catch(() => undefined);
    await platform?.stop();
    await environment?.teardown();
  });

  const running = () => started(platform, 'platform');
  const { call, step } = gatewayClient(
    () => running().gatewayUrl,
    options.clockFollowsNow ? { beforeCall: () => running().setClock(new Date()) } : {},
  );
  return {
    get platform() {
      return running();
    },
    get environment() {
      return started(environment, 'environment');
    },
    call,
    step,
    at: (beijing) => running().setClock(beijingTime(beijing)),
    sql: async <Row extends QueryResultRow = Json>(text: string, values?: unknown[]) => {
      connection ??= (async () => {
        const client = new Client({ connectionString: started(environment, 'environment').databaseUrl });
        await client.connect();
        return client;
      })();
      return (await connection).query<Row>(text, values);
    },
    unit: (name) => {
      units.set(name, undefined);
      const found = () => started(units.get(name), `unit ${String(name)}`);
      return {
        get id() {
          return found().id;
        },
        get token() {
          return found().token;
        },
      };
    },
  };
}
