import { readFileSync } from 'node:fs';

const CLOCK_TICKS = 100;

/** CPU seconds used so far and resident memory of a process, from /proc (Linux). */
export function processStats(pid: number): { cpuSeconds: number; rssMb: number } {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    const cpuSeconds = (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
    const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return { cpuSeconds, rssMb: rss ? Number(rss[1]) / 1024 : NaN };
  } catch {
    return { cpuSeconds: NaN, rssMb: NaN };
  }
}
