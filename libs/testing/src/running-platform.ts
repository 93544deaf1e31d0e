import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from './eventually';
import { ALL_BACKENDS, freePort, RunningService, startBuiltService, stopService } from './built-services';

export interface RunningPlatform {
  gatewayUrl: string;
  services: RunningService[];
  /** moves every service's clock (HOTLINE_TEST_CLOCK_FILE) to this instant */
  setClock(at: Date): void;
  /** kill -9 one service and start it again with the same settings (it is not waited for) */
  killAndRestart(name: string): Promise<void>;
  stop(): Promise<void>;
}

/**
 * Every built service as its own process on the test's database and NATS prefix, with one clock file they
 * all read, ready when the gateway's /readyz says so (or an error with the output of whatever exited).
 */
export async function startPlatform(env: Record<string, string>, startAt?: Date): Promise<RunningPlatform> {
  const clockFile = join(mkdtempSync(join(tmpdir(), 'hotline-clock-')), 'now');
  writeFileSync(clockFile, (startAt ?? new Date()).toISOString());
  const common = { HOTLINE_OUTBOX_POLL_MS: '250', ...env, HOTLINE_TEST_CLOCK_FILE: clockFile };
  const services: RunningService[] = [];
  const settings = new Map<string, Record<string, string>>();
  for (const name of ALL_BACKENDS) settings.set(name, { ...common, HEALTH_PORT: String(await freePort()) });
  const port = await freePort();
  settings.set('gateway', { ...common, PORT: String(port) });
  for (const [name, serviceEnv] of settings) services.push(startBuiltService(name, serviceEnv));
  const gatewayUrl = `http://127.0.0.1:${port}`;
  await eventually(
    () => fetch(`${gatewayUrl}/readyz`).then((response) => response.status, () => 0),
    (status) => status === 200,
    60_000,
    250,
  ).catch((error: Error) => {
    const exited = services.filter((service) => service.process.exitCode !== null);
    throw new Error(`${error.message}\n${exited.map((service) => `${service.name} exited:\n${service.output().slice(-2000)}`).join('\n')}`);
  });
  return {
    gatewayUrl,
    services,
    setClock: (at) => writeFileSync(clockFile, at.toISOString()),
    killAndRestart: async (name) => {
      const index = services.findIndex((service) => service.name === name);
      if (index < 0) throw new Error(`no service ${name}`);
      await stopService(services[index]!, 'SIGKILL', 1_000);
      services[index] = startBuiltService(name, settings.get(name)!);
    },
    stop: async () => {
      await Promise.all(services.map((service) => stopService(service, 'SIGKILL', 1_000)));
    },
  };
}
