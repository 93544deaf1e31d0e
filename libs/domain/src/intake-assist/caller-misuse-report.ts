import { InvalidDomainInputError, RegulationViolationError, StateConflictError } from '../errors/domain-error';

/**
 * R27.1 (Art. 27) the kinds of caller misuse the platform keeps: repeated calls without reason (found by the assist's
 * count, never recorded by hand), and what an operator records on a request: abuse (辱骂), threats (威胁) and long
 * occupation of the line (长时间占线).
 */
export const CALLER_MISUSE_KINDS = ['repeated-calls', 'abuse', 'threat', 'long-occupation'] as const;
export type CallerMisuseKind = (typeof CALLER_MISUSE_KINDS)[number];

/** The kinds an operator records on a request. */
export const REPORTED_MISUSE_KINDS = ['abuse', 'threat', 'long-occupation'] as const;
export type ReportedMisuseKind = (typeof REPORTED_MISUSE_KINDS)[number];

export const CALLER_MISUSE_KIND_LABELS: Readonly<Record<CallerMisuseKind, string>> = {
  'repeated-calls': '无正当理由反复拨打',
  abuse: '辱骂工作人员',
  threat: '威胁工作人员',
  'long-occupation': '长时间占用热线',
};

/** The longest note an operator writes beside a flag. */
export const CALLER_MISUSE_NOTE_MAX_LENGTH = 500;
/** The longest call a flag of long occupation may state: a day. */
export const CALLER_MISUSE_DURATION_MAX_SECONDS = 86_400;
/** R27.1 default: a call counts as occupying the line from 20 minutes on. */
export const DEFAULT_LONG_OCCUPATION_MINUTES = 20;

export interface MisuseReport {
  readonly kind: ReportedMisuseKind;
  readonly note: string;
  /** How long the call held the line; for long occupation only. */
  readonly durationSeconds?: number;
}

/** What the report is checked against: the request's caller key and the kinds it is already flagged with. */
export interface MisuseReportSubject {
  /** The keyed hash of the caller's phone; null when the request has none. */
  readonly callerKey: string | null;
  readonly flaggedKinds: readonly CallerMisuseKind[];
}

export const NO_CALLER_KEY_REFUSAL =
  'the request has no phone number: its caller cannot be recognised on a later call, so no misuse flag is kept';

/**
 * R27.1 whether an operator's misuse report on a request is kept. A duration belongs to long occupation alone (400
 * otherwise) and must reach the threshold (422); a request without a phone gives no caller key to keep the flag under
 * (422); a request flagged with the same kind already is refused (409), so a caller's count is one per request.
 */
export function checkMisuseReport(
  report: MisuseReport,
  subject: MisuseReportSubject,
  longOccupationMinutes: number = DEFAULT_LONG_OCCUPATION_MINUTES,
): void {
  if (!(longOccupationMinutes > 0)) throw new RangeError('long occupation needs a threshold above 0 minutes');
  const duration = report.durationSeconds;
  if (report.kind === 'long-occupation' && duration === undefined)
    throw new InvalidDomainInputError('a flag of long occupation states how long the call held the line', [
      { path: 'durationSeconds', message: 'is required for long-occupation' },
    ]);
  if (report.kind !== 'long-occupation' && duration !== undefined)
    throw new InvalidDomainInputError('only a flag of long occupation states a duration', [
      { path: 'durationSeconds', message: `is only for long-occupation, not ${report.kind}` },
    ]);
  if (duration !== undefined && duration < longOccupationMinutes * 60)
    throw new RegulationViolationError(
      'R27.1',
      `durationSeconds: a call of ${duration} s is not long occupation (from ${longOccupationMinutes} min on)`,
      { field: 'durationSeconds', minimumSeconds: longOccupationMinutes * 60 },
    );
  if (!subject.callerKey) throw new RegulationViolationError('R27.1', NO_CALLER_KEY_REFUSAL);
  if (subject.flaggedKinds.includes(report.kind))
    throw new StateConflictError(`the request is already flagged as ${report.kind}`, { kind: report.kind });
}

export function isCallerMisuseKind(value: unknown): value is CallerMisuseKind {
  return typeof value === 'string' && (CALLER_MISUSE_KINDS as readonly string[]).includes(value);
}
