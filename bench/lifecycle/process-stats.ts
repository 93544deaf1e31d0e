import { readdirSync, readFileSync } from 'node:fs';

const CLOCK_TICKS = 100;

/** CPU seconds used so far and resident memory of a process, from /proc (Linux). */
export function processStats(pid: number): { cpuSeconds: number; rssMb: number } {
  try {
    const fields = (readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ');
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return { cpuSeconds, rssMb: rss ? Number(rss[1]) / 1024 : NaN };
  } catch {
    return { cpuSeconds: NaN, rssMb: NaN };
  }
}

/** The pids of every process whose command name is `name`, with their command lines. */
function processesNamed(name: string): { pid: number; commandLine: string }[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .flatMap((pid) => {
      try {
        if (readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== name) return [];
        return [{ pid, commandLine: readFileSync(`/proc/${pid}/cmdline`, 'utf8').replaceAll('\0', ' ').trim() }];
      } catch {
        return [];
      }
    });
}

/** A backend's command line names its database ("postgres: 15/main: user database host(port) state"). */
function servesOtherDatabase(commandLine: string, databases: readonly string[]): boolean {
  const database = /^postgres: [^:]+: \S+ (\S+) /.exec(commandLine)?.[1];
  return database !== undefined && !databases.includes(database);
}

/** CPU seconds so far of each process of each part, by pid. */
export type CpuSnapshot = Map<string, Map<number, number>>;

/**
 * CPU seconds so far of each service, of Postgres (its server processes and the backends of `databases`: not the
 * backends other work on the machine holds), of nats-server and of the load generator itself: the difference of two
 * snapshots says where a phase's CPU went.
 */
export function cpuSnapshot(services: Array<{ name: string; pid: number }>, databases: readonly string[]): CpuSnapshot {
  const byPid = (pids: number[]) => new Map(pids.map((pid) => [pid, processStats(pid).cpuSeconds || 0]));
  const postgres = processesNamed('postgres').filter(({ commandLine }) => !servesOtherDatabase(commandLine, databases));
  return new Map([
    ...services.map(({ name, pid }) => [name, byPid([pid])] as const),
    ['postgres', byPid(postgres.map(({ pid }) => pid))],
    ['nats-server', byPid(processesNamed('nats-server').map(({ pid }) => pid))],
    ['load generator', byPid([process.pid])],
  ]);
}

/**
 * CPU milliseconds each part spent per unit of work (an accepted request, a lifecycle) between two snapshots: the sum
 * over the processes alive at the end (one that ended in between is not counted, so a part is never negative). No
 * figures when no unit was done: CPU spent on nothing has no share per unit.
 */
export function cpuMsPer(units: number, before: CpuSnapshot, after: CpuSnapshot): Record<string, number> {
  if (units <= 0) return {};
  return Object.fromEntries(
    [...after].map(([name, processes]) => {
      let seconds = 0;
      for (const [pid, now] of processes) seconds += now - (before.get(name)?.get(pid) ?? 0);
      return [name, Math.round((seconds * 1000 * 10) / units) / 10];
    }),
  );
}
