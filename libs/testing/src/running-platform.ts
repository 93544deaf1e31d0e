import { eventually } from './eventually';
import { ALL_BACKENDS, freePort, RunningService, startBuiltService, stopService } from './built-services';
import { TestClock } from './test-clock';

export interface RunningPlatform {
  gatewayUrl: string;
  services: RunningService[];
  /**
   * moves every service's clock to this instant (their test clock command over NATS); the calls of
   * `gatewayClient` after it wait until every service has moved
   */
  setClock(at: Date): void;
  /** kill -9 one service and start it again with the same settings (it is not waited for) */
  killAndRestart(name: string): Promise<void>;
  stop(): Promise<void>;
}

export type BackendName = (typeof ALL_BACKENDS)[number];

/** A process per service, as Kubernetes runs them; or every service in one process (services/together). */
export type PlatformLayout = 'apart' | 'together';

/**
 * Every built service (or the gateway and the `backends` named) as its own process on the test's database and NATS
 * prefix, their clocks standing at `startAt` (or now) until the test moves them. Ready when the gateway's /readyz says
 * so; with only some backends, when each of them says so on its health port and the gateway is live. Otherwise an
 * error with the output of whatever exited, and nothing left running. `together`: the same services in one process, whose
 * backends' health ports are any free ones, so only the gateway is asked.
 */
export async function startPlatform(
  env: Record<string, string>,
  startAt?: Date,
  backends: readonly BackendName[] = ALL_BACKENDS,
  layout: PlatformLayout = 'apart',
): Promise<RunningPlatform> {
  const common = {
    HOTLINE_OUTBOX_POLL_MS: '250',
    // the operator's assist answers within its budgets, cut short and saying so when a part runs out: a test of what it
    // finds should not depend on how busy the machine is (request-assist.int-spec tests the cutting short)
    HOTLINE_KNOWLEDGE_ASSIST_TIMEOUT_MS: '2000',
    HOTLINE_REPEAT_SCAN_BUDGET_MS: '2000',
    ...env,
    HOTLINE_TEST_CLOCK: (startAt ?? new Date()).toISOString(),
  };
  const services: RunningService[] = [];
  const settings = new Map<string, Record<string, string>>();
  const port = await freePort();
  const gatewaySettings = { ...common, PORT: String(port), METRICS_PORT: String(await freePort()) };
  if (layout === 'together') {
    settings.set('together', { ...gatewaySettings, HOTLINE_SERVICES: [...backends, 'gateway'].join(',') });
  } else {
    for (const name of backends) settings.set(name, { ...common, HEALTH_PORT: String(await freePort()) });
    settings.set('gateway', gatewaySettings);
  }
  for (const [name, serviceEnv] of settings) services.push(startBuiltService(name, serviceEnv));
  const gatewayUrl = `http://127.0.0.1:${port}`;
  const whole = ALL_BACKENDS.every((name) => backends.includes(name));
  const readinessUrls = whole
    ? [`${gatewayUrl}/readyz`]
    : layout === 'together'
      ? [`${gatewayUrl}/healthz`]
      : [
          `${gatewayUrl}/healthz`,
          ...backends.map((name) => `http://127.0.0.1:${settings.get(name)!['HEALTH_PORT']}/readyz`),
        ];
  const status = (url: string) =>
    fetch(url).then(
      (response) => response.status,
      () => 0,
    );
  await eventually(
    () => Promise.all(readinessUrls.map(status)),
    (statuses) => statuses.every((code) => code === 200),
    // Seconds on a quiet machine; the margin is for a machine that other work keeps busy.
    120_000,
    250,
  ).catch(async (error: Error) => {
    const exited = services.filter((service) => service.process.exitCode !== null);
    // Nothing may outlive a platform that did not start: a child left running keeps Jest from ever exiting.
    await Promise.all(services.map((service) => stopService(service, 'SIGKILL', 1_000)));
    throw new Error(
      `${error.message}\n${exited.map((service) => `${service.name} exited:\n${service.output().slice(-2000)}`).join('\n')}`,
    );
  });
  const clock = new TestClock(common, () => [...backends, 'gateway']);
  return {
    gatewayUrl,
    services,
    setClock: (at) => {
      // A service started again later starts where the others stand.
      for (const serviceEnv of settings.values()) serviceEnv['HOTLINE_TEST_CLOCK'] = at.toISOString();
      clock.set(at);
    },
    killAndRestart: async (name) => {
      const index = services.findIndex((service) => service.name === name);
      if (index < 0) throw new Error(`no service ${name}`);
      await stopService(services[index]!, 'SIGKILL', 1_000);
      services[index] = startBuiltService(name, settings.get(name)!);
    },
    stop: async () => {
      await clock.close().catch(() => undefined);
      await Promise.all(services.map((service) => stopService(service, 'SIGKILL', 1_000)));
    },
  };
}
