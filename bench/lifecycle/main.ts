// npm run bench: the platform as built, driven over HTTP like real clients, next to the raw limits of this
// machine measured in the same run. Prints `ratio: <intake ratio>`; writes bench/results/lifecycle.{json,md,html}.
import {
  ALL_BACKENDS,
  createTestEnvironment,
  PlatformLayout,
  RunningPlatform,
  startPlatform,
  TestEnvironment,
} from '@hotline/testing';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { rawInsertsPerSecond, rawJetStreamPublishesPerSecond } from './baselines';
import { barePathRequestsPerSecond } from './floor/bare-path';
import { call } from './http-client';
import { actorsOf, oneLifecycle, requestBody } from './lifecycle-client';
import { runOpenLoop } from './open-loop';
import { cpuMsPer, CpuSnapshot, cpuSnapshot, processStats } from './process-stats';
import { Recorder, round, runClients } from './recorder';
import { analyzeDatabase } from './planner-statistics';
import { reportModelFolded } from './report-model-drain';
import { activityPer, databaseActivity, rowWritesByTable, rowWritesPer } from './row-writes';
import { IntakeAssistConfig } from '../../services/intake/src/assist/intake-assist.config';
import { BenchResult, latencyChartHtml, markdown } from './report';
import { numberArgument } from '../support/arguments';

const CLIENTS = numberArgument('clients', 16);
const RAW_SECONDS = numberArgument('raw-seconds', 8);
const INTAKE_SECONDS = numberArgument('intake-seconds', 15);
const WARMUP_SECONDS = numberArgument('warmup-seconds', 4);
const LIFECYCLE_SECONDS = numberArgument('lifecycle-seconds', 40);
/** The inline assist at a fixed arrival rate (open loop): requests per second, and for how long (0: skip). */
const ASSIST_RATE = numberArgument('assist-rate', 50);
const ASSIST_OPEN_SECONDS = numberArgument('assist-open-seconds', 30);
/** R24.1 the lifecycles again on a second platform whose supervision does not fold the report model (0: skip) */
const WITHOUT_REPORT_MODEL_SECONDS = numberArgument('without-report-model-seconds', LIFECYCLE_SECONDS);

/** `--layout together`: every service in one process (services/together) instead of a process each. */
const LAYOUT: PlatformLayout = process.argv.includes('together') ? 'together' : 'apart';

const DEPLOYED_ASSIST = new IntakeAssistConfig();

const benchPlatform = (environment: TestEnvironment, settings: Record<string, string> = {}) =>
  startPlatform(
    {
      ...environment.env,
      LOG_LEVEL: 'warn',
      DATABASE_POOL_SIZE: '8',
      HOTLINE_OUTBOX_POLL_MS: '1000',
      // the assist's budgets as deployed (the test platform's are long, so that tests do not depend on the load)
      HOTLINE_KNOWLEDGE_ASSIST_TIMEOUT_MS: String(DEPLOYED_ASSIST.HOTLINE_KNOWLEDGE_ASSIST_TIMEOUT_MS),
      HOTLINE_REPEAT_SCAN_BUDGET_MS: String(DEPLOYED_ASSIST.HOTLINE_REPEAT_SCAN_BUDGET_MS),
      ...settings,
    },
    undefined,
    ALL_BACKENDS,
    LAYOUT,
  );

/**
 * The platform's phases, the same on both platforms of a run: a warm-up that is not counted (the first seconds after
 * start are JIT compilation and filling the pools; its rows give the planner statistics), recording alone (each request a work order and its event, the
 * headline), with the operator's inline assist (repeat scan, knowledge search) closed-loop and then at a fixed
 * arrival rate, then complete lifecycles.
 */
async function platformPhases(
  platform: RunningPlatform,
  environment: TestEnvironment,
  lifecycleSeconds: number,
  foldsReportModel = true,
) {
  const folded = () => (foldsReportModel ? reportModelFolded(environment.databaseUrl) : Promise.resolve());
  const actors = await actorsOf(platform);
  const servicePids = () => platform.services.map((service) => ({ name: service.name, pid: service.process.pid ?? 0 }));
  const cpuNow = () => cpuSnapshot(servicePids(), [new URL(environment.databaseUrl).pathname.slice(1)]);
  let sequence = 0;
  const intakePhase = async (path: string) => {
    console.warn(`intake ${path}: ${INTAKE_SECONDS}s …`);
    const recorder = new Recorder();
    await folded();
    const cpuBefore = cpuNow();
    const accepted = await runClients(CLIENTS, INTAKE_SECONDS, (client) =>
      recorder
        .time('request', () =>
          call(platform.gatewayUrl, 'POST', path, actors.operator, requestBody(client, sequence++), 201),
        )
        .then(() => undefined),
    );
    await folded();
    return { accepted, recorder, cpuMsPerRequest: cpuMsPer(accepted, cpuBefore, cpuNow()) };
  };
  await runClients(CLIENTS, WARMUP_SECONDS, (client) =>
    call(
      platform.gatewayUrl,
      'POST',
      '/api/v1/requests?assist=later',
      actors.operator,
      requestBody(client, sequence++),
      201,
    ).then(() => undefined),
  );
  await analyzeDatabase(environment.databaseUrl);
  const recording = await intakePhase('/api/v1/requests?assist=later');
  const withAssist = await intakePhase('/api/v1/requests');
  const withAssistOpenLoop = await assistOpenLoopPhase(platform, actors.operator, () => sequence++, cpuNow);

  console.warn(`lifecycles: ${lifecycleSeconds}s …`);
  await folded();
  const writesBefore = await rowWritesByTable(environment.databaseUrl);
  const activityBefore = await databaseActivity(environment.databaseUrl);
  const lifecycleRecorder = new Recorder();
  const lifecycleCpuBefore = cpuNow();
  const lifecycles = await runClients(CLIENTS, lifecycleSeconds, (client) =>
    oneLifecycle(platform.gatewayUrl, actors, lifecycleRecorder, client, sequence++),
  );
  await folded();
  const lifecycleCpuMs = cpuMsPer(lifecycles, lifecycleCpuBefore, cpuNow());
  const writesByTable = rowWritesPer(lifecycles, writesBefore, await rowWritesByTable(environment.databaseUrl));
  const activity = activityPer(lifecycles, activityBefore, await databaseActivity(environment.databaseUrl));
  return {
    recording,
    withAssist,
    withAssistOpenLoop,
    lifecycleRecorder,
    lifecycle: {
      completedPerSecond: round(lifecycles / lifecycleSeconds),
      rowWritesPerLifecycle:
        lifecycles > 0
          ? round(
              Object.values(writesByTable).reduce((a, b) => a + b, 0),
              1,
            )
          : NaN,
      rowWritesByTable: writesByTable,
      transactionsPerLifecycle: activity.transactions,
      walKbPerLifecycle: activity.walKb,
      cpuMsPerLifecycle: lifecycleCpuMs,
    },
  };
}

/**
 * The operator's inline assist as an operator meets it: requests at a fixed rate, each timed from when it was due,
 * so the p99 is waiting, not throughput (the closed-loop phase above slows its clients down when the server does).
 */
async function assistOpenLoopPhase(
  platform: RunningPlatform,
  operator: string,
  next: () => number,
  cpuNow: () => CpuSnapshot,
) {
  if (ASSIST_OPEN_SECONDS <= 0) return undefined;
  console.warn(`intake with the assist, open loop: ${ASSIST_RATE}/s for ${ASSIST_OPEN_SECONDS}s …`);
  const cpuBefore = cpuNow();
  const summary = await runOpenLoop(ASSIST_RATE, ASSIST_OPEN_SECONDS, (index) =>
    call(platform.gatewayUrl, 'POST', '/api/v1/requests', operator, requestBody(index % CLIENTS, next()), 201).then(
      (answer) =>
        ((answer.assist as { cutShort?: string[] } | undefined)?.cutShort ?? []).map((part) => `${part} cut short`),
    ),
  );
  const answered = summary.sent - summary.failures;
  return { ...summary, cpuMsPerRequest: cpuMsPer(answered, cpuBefore, cpuNow()) };
}

/**
 * R24.1 what folding the report model costs: the same phases on a fresh platform whose supervision has
 * HOTLINE_REPORT_MODEL=off (so that its lifecycles, too, follow the intake phases' events).
 */
async function lifecyclesWithoutReportModel(): Promise<BenchResult['lifecycle']['withoutReportModel']> {
  console.warn('the same phases on a second platform without the report model …');
  const environment = await createTestEnvironment('bench-no-report-model');
  const platform = await benchPlatform(environment, { HOTLINE_REPORT_MODEL: 'off' });
  try {
    return (await platformPhases(platform, environment, WITHOUT_REPORT_MODEL_SECONDS, false)).lifecycle;
  } finally {
    await platform.stop();
    await environment.teardown();
  }
}

async function main(): Promise<void> {
  const environment = await createTestEnvironment('bench');
  const platform = await benchPlatform(environment);
  let stopped = false;
  try {
    console.warn(`raw limits: ${RAW_SECONDS}s each with ${CLIENTS} clients …`);
    const insertsPerSecond = round(await rawInsertsPerSecond(environment.databaseUrl, CLIENTS, RAW_SECONDS));
    const jetStreamPublishesPerSecond = round(
      await rawJetStreamPublishesPerSecond(environment.natsUrl, environment.natsPrefix, CLIENTS, RAW_SECONDS),
    );
    const barePathPerSecond = round(
      await barePathRequestsPerSecond(
        environment.databaseUrl,
        environment.natsUrl,
        environment.natsPrefix,
        CLIENTS,
        RAW_SECONDS,
      ),
    );

    const cpuBefore = platform.services.map((s) => processStats(s.process.pid ?? 0).cpuSeconds);
    const started = Date.now();
    const { recording, withAssist, withAssistOpenLoop, lifecycleRecorder, lifecycle } = await platformPhases(
      platform,
      environment,
      LIFECYCLE_SECONDS,
    );
    const elapsed = (Date.now() - started) / 1000;

    const services = platform.services.map((service, i) => {
      const stats = processStats(service.process.pid ?? 0);
      return {
        name: service.name,
        cpuSeconds: round(stats.cpuSeconds - (cpuBefore[i] ?? 0)),
        cpuShare: round((stats.cpuSeconds - (cpuBefore[i] ?? 0)) / elapsed),
        rssMb: round(stats.rssMb, 0),
      };
    });
    // the first platform is stopped so that the second measures on a machine as quiet
    stopped = true;
    await platform.stop();
    const withoutReportModel = WITHOUT_REPORT_MODEL_SECONDS > 0 ? await lifecyclesWithoutReportModel() : undefined;

    const acceptedPerSecond = round(recording.accepted / INTAKE_SECONDS);
    const withAssistPerSecond = round(withAssist.accepted / INTAKE_SECONDS);
    const result: BenchResult = {
      machine: { cores: cpus().length, memoryGb: round(totalmem() / 2 ** 30, 1), node: process.version },
      clients: CLIENTS,
      layout: LAYOUT,
      raw: { insertsPerSecond, jetStreamPublishesPerSecond, barePathRequestsPerSecond: barePathPerSecond },
      intake: {
        acceptedPerSecond,
        ratio: round(acceptedPerSecond / insertsPerSecond, 3),
        shareOfBarePath: round(acceptedPerSecond / barePathPerSecond, 3),
        steps: recording.recorder.summary(INTAKE_SECONDS),
        cpuMsPerRequest: recording.cpuMsPerRequest,
        withAssist: {
          acceptedPerSecond: withAssistPerSecond,
          ratio: round(withAssistPerSecond / insertsPerSecond, 3),
          shareOfBarePath: round(withAssistPerSecond / barePathPerSecond, 3),
          steps: withAssist.recorder.summary(INTAKE_SECONDS),
          cpuMsPerRequest: withAssist.cpuMsPerRequest,
        },
        withAssistOpenLoop,
      },
      lifecycle: { ...lifecycle, steps: lifecycleRecorder.summary(LIFECYCLE_SECONDS), withoutReportModel },
      services,
    };
    const dir = join(__dirname.replace(/dist[\\/]/, ''), '..', 'results');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'lifecycle.json'), JSON.stringify(result, null, 2));
    writeFileSync(join(dir, 'lifecycle.md'), markdown(result));
    writeFileSync(
      join(dir, 'lifecycle.html'),
      latencyChartHtml(lifecycleRecorder, `Lifecycle latency, ${CLIENTS} clients`),
    );
    process.stdout.write(`${markdown(result)}\nresults in ${dir}\nratio: ${result.intake.ratio}\n`);
  } finally {
    if (!stopped) await platform.stop();
    await environment.teardown();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
