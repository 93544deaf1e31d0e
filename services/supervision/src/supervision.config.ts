import { BACKEND_SERVICES } from '@hotline/contracts';
import { DEFAULT_DUE_SOON_SHARE } from '@hotline/domain';
import { IsPort } from '@hotline/platform';
import { IsIn, IsInt, IsNumber, Max, Min } from 'class-validator';

/**
 * supervision's one config class, validated when the app is created (the libraries' own settings (NATS, Postgres,
 * time limits) are their config classes). Every variable is in the root README's Configuration table.
 */
export class SupervisionConfig {
  /** The internal port of `/healthz` and `/readyz`. */
  @IsPort()
  HEALTH_PORT: number = BACKEND_SERVICES.supervision;

  /** How often the deadline watch looks for deadlines due soon or overdue (0 = off). */
  @IsInt()
  @Min(0)
  @Max(3_600_000)
  HOTLINE_DEADLINE_WATCH_MS = 60_000;

  /** The share of a limit after which it is due soon (0.75: three quarters of the period have passed). */
  @IsNumber()
  @Min(0.01)
  @Max(0.99)
  HOTLINE_DUE_SOON_SHARE = DEFAULT_DUE_SOON_SHARE;

  /** Deadlines the watch announces per transaction. */
  @IsInt()
  @Min(1)
  @Max(10_000)
  HOTLINE_DEADLINE_WATCH_BATCH = 500;
  /** R23.1 trigger 2: how often the hot-spot job runs (0 = off). */
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  HOTLINE_HOT_SPOT_SWEEP_MS = 300_000;

  /** R23.1 trigger 2: the window counted, ending at the job's run, in hours. */
  @IsInt()
  @Min(1)
  @Max(168)
  HOTLINE_HOT_SPOT_WINDOW_HOURS = 24;

  /** R23.1 trigger 2: how many earlier weeks (the same weekday and hours) make the baseline. */
  @IsInt()
  @Min(1)
  @Max(12)
  HOTLINE_HOT_SPOT_BASELINE_WEEKS = 4;

  /** R23.1 trigger 2: the fewest complaints and reports in the window that can make a hot spot. */
  @IsInt()
  @Min(1)
  @Max(10_000)
  HOTLINE_HOT_SPOT_MIN_COUNT = 10;

  /** R23.1 trigger 2: how many times its baseline the window's count must reach. */
  @IsNumber()
  @Min(1)
  @Max(100)
  HOTLINE_HOT_SPOT_RATIO = 3;

  /** R23.1 trigger 2: a hot spot takes later work orders of its place × category until this long after its last. */
  @IsInt()
  @Min(1)
  @Max(2_160)
  HOTLINE_HOT_SPOT_ACTIVE_HOURS = 168;

  /** R26.1, Art. 26(6): how often stale knowledge articles are looked for and their units reminded (0 = off). */
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  HOTLINE_KNOWLEDGE_REMINDER_SWEEP_MS = 3_600_000;

  /** R24.1 how often the daily snapshot of open work orders looks for a day that ended (0 = off). */
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  HOTLINE_REPORT_SNAPSHOT_MS = 600_000;

  /** R24.1 how often the events taken in are folded into the report model in a batch (0: only when it is read). */
  @IsInt()
  @Min(0)
  @Max(60_000)
  HOTLINE_REPORT_FOLD_MS = 5_000;

  /**
   * R24.1 whether events are folded into the report model. `off` is for the lifecycle benchmark only, to measure what
   * the model costs in the same run; the monthly report is wrong without it.
   */
  @IsIn(['on', 'off'])
  HOTLINE_REPORT_MODEL: 'on' | 'off' = 'on';
}
