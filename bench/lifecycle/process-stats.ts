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

/** The pids of every process whose command name is `name` (all Postgres backends, say). */
function pidsNamed(name: string): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').trim() === name;
      } catch {
        return false;
      }
    });
}

export type CpuSnapshot = Map<string, number>;

/**
 * CPU seconds so far of each service, of Postgres (all its processes), of nats-server and of the load
 * generator itself: the difference of two snapshots says where a phase's CPU went.
 */
export function cpuSnapshot(services: Array<{ name: string; pid: number }>): CpuSnapshot {
  const sum = (pids: number[]) => pids.reduce((total, pid) => total + (processStats(pid).cpuSeconds || 0), 0);
  return new Map([
    ...services.map(({ name, pid }) => [name, processStats(pid).cpuSeconds] as const),
    ['postgres', sum(pidsNamed('postgres'))],
    ['nats-server', sum(pidsNamed('nats-server'))],
    ['load generator', processStats(process.pid).cpuSeconds],
  ]);
}

/** CPU milliseconds each part spent per unit of work (an accepted request, a lifecycle) between two snapshots. */
export function cpuMsPer(units: number, before: CpuSnapshot, after: CpuSnapshot): Record<string, number> {
  return Object.fromEntries(
    [...after].map(([name, seconds]) => [
      name,
      Math.round(((seconds - (before.get(name) ?? 0)) * 1000 * 10) / Math.max(units, 1)) / 10,
    ]),
  );
}
