import { OpenLoopSummary } from './open-loop';
import { Recorder, StepSummary } from './recorder';

export interface BenchResult {
  machine: { cores: number; memoryGb: number; node: string };
  clients: number;
  /** a process per service, or all of them in one (services/together) */
  layout: 'apart' | 'together';
  raw: { insertsPerSecond: number; jetStreamPublishesPerSecond: number; barePathRequestsPerSecond: number };
  intake: IntakeFigures & { withAssist: IntakeFigures; withAssistOpenLoop?: OpenLoopFigures };
  lifecycle: {
    completedPerSecond: number;
    rowWritesPerLifecycle: number;
    /** row writes per lifecycle of each table written, most first */
    rowWritesByTable: Record<string, number>;
    /** transactions of the bench's database, and WAL written by the whole server, per lifecycle */
    transactionsPerLifecycle: number;
    walKbPerLifecycle: number;
    steps: StepSummary[];
    cpuMsPerLifecycle: Record<string, number>;
    /** R24.1 the same lifecycles on a platform whose supervision does not fold the report model */
    withoutReportModel?: {
      completedPerSecond: number;
      rowWritesPerLifecycle: number;
      rowWritesByTable: Record<string, number>;
      transactionsPerLifecycle: number;
      walKbPerLifecycle: number;
      cpuMsPerLifecycle: Record<string, number>;
    };
  };
  services: Array<{ name: string; cpuSeconds: number; cpuShare: number; rssMb: number }>;
}

/** `POST /api/v1/requests` alone: accepted per second, and that over the raw inserts of the same run. */
export interface IntakeFigures {
  acceptedPerSecond: number;
  ratio: number;
  /** accepted ÷ the bare path's requests per second (HTTP → NATS → a two-insert transaction, no framework) */
  shareOfBarePath: number;
  steps: StepSummary[];
  /** CPU milliseconds per accepted request, by service, Postgres, nats-server and the load generator. */
  cpuMsPerRequest: Record<string, number>;
}

/** The inline assist at a fixed arrival rate, with the CPU ms per answered request of each part. */
export type OpenLoopFigures = OpenLoopSummary & { cpuMsPerRequest: Record<string, number> };

/** CPU ms over every part (services, Postgres, nats-server, the load generator). */
const total = (figures: Record<string, number>) =>
  Math.round(Object.values(figures).reduce((sum, ms) => sum + ms, 0) * 10) / 10;

/** R24.1 the report model's cost: lifecycles/s and CPU per lifecycle with it ÷ without it (a second platform). */
function reportModelRows(result: BenchResult): string {
  const without = result.lifecycle.withoutReportModel;
  if (!without) return '';
  const withCpu = total(result.lifecycle.cpuMsPerLifecycle);
  const withoutCpu = total(without.cpuMsPerLifecycle);
  const ratio = (a: number, b: number) => (b > 0 ? Math.round((a / b) * 1000) / 1000 : NaN);
  return `| complete lifecycles/s without the report model (\`HOTLINE_REPORT_MODEL=off\`, second platform) | ${without.completedPerSecond} |
| **report model: lifecycles/s with ÷ without** | **${ratio(result.lifecycle.completedPerSecond, without.completedPerSecond)}** |
| CPU ms per lifecycle, all processes: with · without (with ÷ without) | ${withCpu} · ${withoutCpu} (${ratio(withCpu, withoutCpu)}) |
| CPU ms per lifecycle in supervision: with · without | ${result.lifecycle.cpuMsPerLifecycle.supervision ?? '—'} · ${without.cpuMsPerLifecycle.supervision ?? '—'} |
| row writes per lifecycle without the report model | ${without.rowWritesPerLifecycle} |`;
}

export function markdown(result: BenchResult): string {
  const steps = (rows: StepSummary[]) =>
    rows
      .map((s) => `| ${s.step} | ${s.count} | ${s.perSecond} | ${s.p50} | ${s.p95} | ${s.p99} | ${s.failures} |`)
      .join('\n');
  return `# Benchmark (${result.clients} concurrent clients, ${result.machine.cores} cores, Node ${result.machine.node}, services ${result.layout === 'together' ? 'in one process' : 'a process each'})

| figure | value |
|---|---|
| raw single-row Postgres inserts/s | ${result.raw.insertsPerSecond} |
| raw JetStream acked publishes/s | ${result.raw.jetStreamPublishesPerSecond} |
| bare path: HTTP → NATS request → two-insert transaction, requests/s | ${result.raw.barePathRequestsPerSecond} |
| intake: accepted requests/s (\`?assist=later\`: work order and event) | ${result.intake.acceptedPerSecond} |
| **intake ratio** (accepted ÷ raw inserts) | **${result.intake.ratio}** |
| intake as a share of the bare path | ${result.intake.shareOfBarePath} |
| intake with the operator's inline assist: accepted requests/s | ${result.intake.withAssist.acceptedPerSecond} |
| intake ratio with the inline assist (share of the bare path) | ${result.intake.withAssist.ratio} (${result.intake.withAssist.shareOfBarePath}) |
| complete lifecycles/s | ${result.lifecycle.completedPerSecond} |
| row writes per lifecycle | ${result.lifecycle.rowWritesPerLifecycle} |
| transactions per lifecycle (the bench's database) · WAL kB per lifecycle (the whole server) | ${result.lifecycle.transactionsPerLifecycle} · ${result.lifecycle.walKbPerLifecycle} |
${reportModelRows(result)}
${openLoopTable(result.intake.withAssistOpenLoop)}

| step | count | per s | p50 ms | p95 ms | p99 ms | failures |
|---|---|---|---|---|---|---|
${steps(result.intake.steps.map((s) => ({ ...s, step: `intake only, assist later: ${s.step}` })))}
${steps(result.intake.withAssist.steps.map((s) => ({ ...s, step: `intake only, assist inline: ${s.step}` })))}
${steps(result.lifecycle.steps)}

${cpuTable(result)}

${rowWritesTable(result)}

| service | CPU s | share of run | RSS MB |
|---|---|---|---|
${result.services.map((s) => `| ${s.name} | ${s.cpuSeconds} | ${s.cpuShare} | ${s.rssMb} |`).join('\n')}
`;
}

/** The p99 target (issue 19): what an operator waits for with a caller on the line, at a fixed arrival rate. */
function openLoopTable(open: OpenLoopFigures | undefined): string {
  if (!open) return '';
  return `
| intake with the inline assist, open loop: ${open.targetPerSecond} requests/s for ${open.seconds} s | value |
|---|---|
| achieved requests/s (answered 201) | ${open.achievedPerSecond} |
| p50 · p95 · **p99** · max ms, from each request's scheduled send time | ${open.p50} · ${open.p95} · **${open.p99}** · ${open.max} |
| failures of ${open.sent} sent (by kind; unanswered: no answer 30 s after the last was sent) | ${open.failures} ${countsOf(open.errors)} |
| answers with an assist part cut short by its budget (\`assist.cutShort\`) | ${countsOf(open.notes) || 'none'} |
| load average (1 min) at the end | ${open.loadAverage} |`;
}

const countsOf = (counts: Record<string, number>) =>
  Object.keys(counts).length === 0
    ? ''
    : `(${Object.entries(counts)
        .map(([kind, count]) => `${kind}: ${count}`)
        .join(', ')})`;

function cpuTable(result: BenchResult): string {
  const open = result.intake.withAssistOpenLoop;
  const phases = [
    ['request, assist later', result.intake.cpuMsPerRequest],
    ['request, assist inline', result.intake.withAssist.cpuMsPerRequest],
    ...(open ? [['request, assist inline, open loop', open.cpuMsPerRequest]] : []),
    ['lifecycle', result.lifecycle.cpuMsPerLifecycle],
  ] as [string, Record<string, number>][];
  const without = result.lifecycle.withoutReportModel?.cpuMsPerLifecycle;
  if (without) phases.push(['lifecycle without the report model', without]);
  const parts = Object.keys(result.intake.cpuMsPerRequest);
  return `| CPU ms per | ${parts.join(' | ')} | all |
|---|${parts.map(() => '---|').join('')}---|
${phases
  .filter(([, figures]) => Object.keys(figures).length > 0)
  .map(([name, figures]) => `| ${name} | ${parts.map((part) => figures[part] ?? '').join(' | ')} | ${total(figures)} |`)
  .join('\n')}`;
}

/** Row writes per lifecycle by table (with the report model, and without it when measured). */
function rowWritesTable(result: BenchResult): string {
  const withModel = result.lifecycle.rowWritesByTable;
  const without = result.lifecycle.withoutReportModel?.rowWritesByTable ?? {};
  const tables = [...new Set([...Object.keys(withModel), ...Object.keys(without)])];
  return `| table | row writes per lifecycle | without the report model |
|---|---|---|
${tables.map((table) => `| ${table} | ${withModel[table] ?? 0} | ${without[table] ?? '—'} |`).join('\n')}`;
}

const COLOURS = ['#1f77b4', '#d62728', '#2ca02c', '#ff7f0e', '#9467bd', '#8c564b', '#e377c2'];

/** Per-second p95 latency of each step over the run, as an SVG line chart in a self-contained HTML page. */
export function latencyChartHtml(recorder: Recorder, title: string): string {
  const width = 900;
  const height = 360;
  const series = [...recorder.samples.entries()].map(([step, samples]) => {
    const buckets = new Map<number, number[]>();
    for (const sample of samples)
      buckets.set(Math.floor(sample.at / 1000), [...(buckets.get(Math.floor(sample.at / 1000)) ?? []), sample.ms]);
    const points = [...buckets.entries()]
      .sort(([a], [b]) => a - b)
      .map(
        ([second, values]) => [second, values.sort((a, b) => a - b)[Math.floor(values.length * 0.95)] ?? 0] as const,
      );
    return { step, points };
  });
  const maxX = Math.max(1, ...series.flatMap((s) => s.points.map(([x]) => x)));
  const maxY = Math.max(1, ...series.flatMap((s) => s.points.map(([, y]) => y)));
  const x = (value: number) => 50 + (value / maxX) * (width - 70);
  const y = (value: number) => height - 30 - (value / maxY) * (height - 50);
  const lines = series
    .map(
      (s, i) =>
        `<polyline fill="none" stroke="${COLOURS[i % COLOURS.length]}" stroke-width="1.5" points="${s.points.map(([px, py]) => `${x(px).toFixed(1)},${y(py).toFixed(1)}`).join(' ')}"/>`,
    )
    .join('\n');
  const legend = series
    .map((s, i) => `<text x="${60 + i * 110}" y="15" fill="${COLOURS[i % COLOURS.length]}">${s.step}</text>`)
    .join('');
  return `<!doctype html><meta charset="utf-8"><title>${title}</title><h1 style="font:16px sans-serif">${title}</h1>
<svg width="${width}" height="${height}" style="font:11px sans-serif;background:#fff">${legend}
<line x1="50" y1="${height - 30}" x2="${width - 20}" y2="${height - 30}" stroke="#333"/><line x1="50" y1="20" x2="50" y2="${height - 30}" stroke="#333"/>
<text x="${width / 2}" y="${height - 5}">seconds into the run (max ${maxX})</text><text x="5" y="30">${Math.round(maxY)} ms</text><text x="5" y="${height - 32}">0</text>
${lines}</svg><p style="font:12px sans-serif">p95 latency per second of each step.</p>`;
}
