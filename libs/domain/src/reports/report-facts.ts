/**
 * R24.1 the analytics model of one work order, folded from its steps as supervision's timeline keeps them (the same
 * fold serves the live events and a rebuild): one row per state change, attributed to the lead unit it happened
 * under, and one row of facts. Pure: working time is measured by the function passed in (the working-day calendar).
 */

/** One lifecycle step as the timeline keeps it (its summary: the step payload without the snapshot). */
export interface ReportStepInput {
  readonly eventId: string;
  readonly version: number;
  readonly step: string;
  readonly from: string | null;
  readonly to: string;
  readonly at: Date;
  readonly details: Readonly<Record<string, unknown>>;
}

/** What intake announced when it created the work order. */
export interface ReportOrigin {
  readonly receivedAt: Date;
  readonly type: string;
  readonly channel: string | null;
  readonly field: string | null;
  readonly district: string | null;
  readonly status: string;
}

export interface ReportStateChange {
  readonly eventId: string;
  readonly workOrderId: string;
  readonly version: number;
  readonly step: string;
  readonly fromStatus: string | null;
  readonly toStatus: string;
  readonly at: Date;
  /** the lead unit the step counts for: the one it was dispatched to, or the one that gave it back */
  readonly unitId: string | null;
  /** sign, deem-signed and pass-reply: whether the limit had passed (R16.1, R17.1) */
  readonly late: boolean | null;
  /** sign: working days since the dispatch; pass-reply: working days since signing */
  readonly workingDays: number | null;
  readonly satisfaction: string | null;
  readonly contacted: boolean | null;
  /** R20.3 an unsatisfied callback whose appeal the centre approved: not counted as unsatisfied */
  readonly excluded: boolean;
}

export interface ReportFacts {
  readonly workOrderId: string;
  readonly receivedAt: Date | null;
  readonly type: string | null;
  readonly channel: string | null;
  readonly field: string | null;
  readonly district: string | null;
  readonly status: string;
  readonly version: number;
  readonly leadUnitId: string | null;
  readonly dispatchCount: number;
  readonly signedAt: Date | null;
  /**
   * the limit the unit works to: handling, extended, or re-handling (R17.1, R17.2, R20.2); kept once completed (with
   * completedAt, an order was open overdue at any instant between the two), null when it ended without completion
   */
  readonly runningDue: Date | null;
  readonly completedAt: Date | null;
  readonly appealApproved: boolean;
}

/** Working days (24 h each, working days only) between two instants. */
export type WorkingTime = (from: Date, to: Date) => number | null;

const ASSIGNING_STEPS = new Set(['dispatch', 'assign-by-coordination']);
const UNASSIGNING_STEPS = new Set(['approve-return', 'raise-difficulty']);
const FINISHED = new Set(['closed', 'rejected', 'closed-online', 'completed']);

function dueOf(details: Readonly<Record<string, unknown>>, key: string): Date | undefined {
  const view = details[key] as { due?: unknown } | undefined;
  return typeof view?.due === 'string' ? new Date(view.due) : undefined;
}

const text = (value: unknown) => (typeof value === 'string' ? value : null);

interface Fold {
  unit: string | null;
  dispatchedAt: Date | null;
  signedAt: Date | null;
  runningDue: Date | null;
  completedAt: Date | null;
  dispatchCount: number;
  appealApproved: boolean;
  lastCallback: number;
}

/** The state changes of one work order and its facts, from its steps in any order (they are sorted by version). */
export function foldReportModel(
  workOrderId: string,
  origin: ReportOrigin | null,
  steps: readonly ReportStepInput[],
  workingTime: WorkingTime,
): { changes: ReportStateChange[]; facts: ReportFacts } {
  const sorted = [...steps].sort((a, b) => a.version - b.version);
  const fold: Fold = {
    unit: null,
    dispatchedAt: null,
    signedAt: null,
    runningDue: null,
    completedAt: null,
    dispatchCount: 0,
    appealApproved: false,
    lastCallback: -1,
  };
  const changes: ReportStateChange[] = [];
  for (const step of sorted) changes.push(changeOf(workOrderId, step, fold, workingTime, changes));
  const last = sorted[sorted.length - 1];
  const status = last?.to ?? origin?.status ?? 'received';
  return {
    changes,
    facts: {
      workOrderId,
      receivedAt: origin?.receivedAt ?? null,
      type: origin?.type ?? null,
      channel: origin?.channel ?? null,
      field: origin?.field ?? null,
      district: origin?.district ?? null,
      status,
      version: last?.version ?? 1,
      leadUnitId: fold.unit,
      dispatchCount: fold.dispatchCount,
      signedAt: fold.signedAt,
      runningDue: FINISHED.has(status) && !fold.completedAt ? null : fold.runningDue,
      completedAt: fold.completedAt,
      appealApproved: fold.appealApproved,
    },
  };
}

function changeOf(
  workOrderId: string,
  step: ReportStepInput,
  fold: Fold,
  workingTime: WorkingTime,
  earlier: ReportStateChange[],
): ReportStateChange {
  const { details } = step;
  let unitId = fold.unit;
  let late: boolean | null = null;
  let workingDays: number | null = null;
  if (ASSIGNING_STEPS.has(step.step)) {
    unitId = fold.unit = text(details.leadUnitId);
    fold.dispatchedAt = step.at;
    fold.dispatchCount += 1;
    fold.signedAt = fold.runningDue = null;
  } else if (UNASSIGNING_STEPS.has(step.step)) {
    unitId = text(details.previousLeadUnitId) ?? fold.unit;
    fold.unit = fold.signedAt = fold.runningDue = null;
  } else if (step.step === 'sign' || step.step === 'deem-signed') {
    late = step.step === 'deem-signed' || details.late === true;
    fold.signedAt = step.at;
    workingDays = fold.dispatchedAt ? workingTime(fold.dispatchedAt, step.at) : null;
    fold.runningDue = dueOf(details, 'handling') ?? null;
  } else if (step.step === 'approve-extension') {
    fold.runningDue = dueOf(details, 'handling') ?? fold.runningDue;
  } else if (step.step === 'pass-reply') {
    late = details.inTime === false;
    fold.completedAt = step.at;
    workingDays = fold.signedAt ? workingTime(fold.signedAt, step.at) : null;
  } else if (step.step === 'record-callback') {
    fold.lastCallback = earlier.length;
    const rehandling = dueOf(details, 'rehandling');
    if (rehandling) {
      fold.runningDue = rehandling;
      fold.completedAt = null;
    }
  } else if (step.step === 'approve-appeal') {
    fold.appealApproved = true;
    if (fold.lastCallback >= 0) earlier[fold.lastCallback] = { ...earlier[fold.lastCallback], excluded: true };
  }
  const callback = step.step === 'record-callback';
  return {
    eventId: step.eventId,
    workOrderId,
    version: step.version,
    step: step.step,
    fromStatus: step.from,
    toStatus: step.to,
    at: step.at,
    unitId,
    late,
    workingDays,
    satisfaction: callback ? text(details.satisfaction) : null,
    contacted: callback && typeof details.contacted === 'boolean' ? details.contacted : null,
    excluded: false,
  };
}
