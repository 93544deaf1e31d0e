import { loadavg } from 'node:os';
import { HttpError } from './http-client';
import { percentile, round } from './recorder';

/** What an open-loop phase measured: waiting at a fixed arrival rate, not throughput. */
export interface OpenLoopSummary {
  targetPerSecond: number;
  seconds: number;
  sent: number;
  /** answered as expected, per second of the sending window */
  achievedPerSecond: number;
  /** from each request's scheduled send time to its answer */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  failures: number;
  /** the failures by kind: `HTTP <status>`, a socket error's code, or `unanswered` */
  errors: Record<string, number>;
  /** how many answers carried each note `send` returned (say, an assist part cut short) */
  notes: Record<string, number>;
  /** requests still unanswered when the phase gave up waiting (counted in failures too) */
  unanswered: number;
  /** the machine's 1-minute load average when the phase ended (others share it) */
  loadAverage: number;
}

/** How long the phase waits for the last requests after the sending window, before counting them unanswered. */
const DRAIN_MS = 30_000;
/** The scheduler wakes at least this often; requests due in between are sent at once, timed from when they were due. */
const TICK_MS = 2;

/**
 * Requests sent at a fixed arrival rate for `seconds`, whatever the server's answers do: request i is due at
 * start + i / rate and is timed from then, so a stalled server shows as waiting instead of as fewer requests
 * (no coordinated omission). `send` gets the request's index and resolves, with notes on the answer, when it was
 * answered as expected.
 */
export async function runOpenLoop(
  ratePerSecond: number,
  seconds: number,
  send: (index: number) => Promise<readonly string[]>,
): Promise<OpenLoopSummary> {
  const total = Math.floor(ratePerSecond * seconds);
  const latencies: number[] = [];
  const errors: Record<string, number> = {};
  const notes: Record<string, number> = {};
  const count = (counts: Record<string, number>, key: string) => (counts[key] = (counts[key] ?? 0) + 1);
  const inFlight = new Set<Promise<void>>();
  const start = performance.now();
  for (let index = 0; index < total; index += 1) {
    const due = start + (index * 1000) / ratePerSecond;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, Math.max(wait, TICK_MS)));
    const request: Promise<void> = send(index).then(
      (answerNotes) => {
        latencies.push(performance.now() - due);
        for (const note of answerNotes) count(notes, note);
      },
      (error: unknown) => void count(errors, kindOf(error)),
    );
    inFlight.add(request);
    void request.finally(() => inFlight.delete(request));
  }
  let timer: NodeJS.Timeout | undefined;
  const drained = await Promise.race([
    Promise.all(inFlight).then(() => true),
    new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(false), DRAIN_MS))),
  ]);
  clearTimeout(timer);
  const unanswered = drained ? 0 : inFlight.size;
  // what had happened by now: a request still in flight is unanswered, whatever it gets later
  const failed = { ...errors, ...(unanswered > 0 ? { unanswered } : {}) };
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    targetPerSecond: ratePerSecond,
    seconds,
    sent: total,
    achievedPerSecond: round(latencies.length / seconds),
    p50: round(percentile(sorted, 0.5)),
    p95: round(percentile(sorted, 0.95)),
    p99: round(percentile(sorted, 0.99)),
    max: round(sorted.at(-1) ?? NaN),
    failures: Object.values(failed).reduce((sum, n) => sum + n, 0),
    errors: failed,
    notes: { ...notes },
    unanswered,
    loadAverage: round(loadavg()[0] ?? NaN),
  };
}

function kindOf(error: unknown): string {
  if (error instanceof HttpError) return `HTTP ${error.status}`;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : 'other';
}
