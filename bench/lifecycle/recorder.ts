/** Latencies of each step, with when they happened, for percentiles and a latency-over-time chart. */
export class Recorder {
  readonly samples = new Map<string, Array<{ at: number; ms: number }>>();
  readonly failures = new Map<string, number>();
  private readonly started = Date.now();

  async time<T>(step: string, work: () => Promise<T>): Promise<T> {
    const begin = performance.now();
    try {
      const result = await work();
      this.add(step, performance.now() - begin);
      return result;
    } catch (error) {
      this.failures.set(step, (this.failures.get(step) ?? 0) + 1);
      throw error;
    }
  }

  add(step: string, ms: number): void {
    const list = this.samples.get(step) ?? [];
    list.push({ at: Date.now() - this.started, ms });
    this.samples.set(step, list);
  }

  summary(seconds: number): StepSummary[] {
    return [...this.samples.entries()].map(([step, list]) => {
      const sorted = list.map((sample) => sample.ms).sort((a, b) => a - b);
      return {
        step,
        count: sorted.length,
        perSecond: round(sorted.length / seconds),
        p50: round(percentile(sorted, 0.5)),
        p95: round(percentile(sorted, 0.95)),
        p99: round(percentile(sorted, 0.99)),
        failures: this.failures.get(step) ?? 0,
      };
    });
  }
}

export interface StepSummary {
  step: string;
  count: number;
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  failures: number;
}

export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** N clients, each doing `work` again and again until the time is up (a closed loop: as fast as possible). */
export async function runClients(
  clients: number,
  seconds: number,
  work: (client: number) => Promise<void>,
): Promise<number> {
  const until = Date.now() + seconds * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      while (Date.now() < until) {
        try {
          await work(client);
          done += 1;
        } catch {
          // counted by the recorder per step
        }
      }
    }),
  );
  return done;
}
