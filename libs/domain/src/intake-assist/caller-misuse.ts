export interface MisusePolicy {
  /** How many requests from one caller inside the window count as misuse. */
  readonly limit: number;
  readonly windowMinutes: number;
}

/** R27.1 default: five requests from one number within an hour. */
export const DEFAULT_MISUSE_POLICY: MisusePolicy = { limit: 5, windowMinutes: 60 };

export interface MisuseAssessment {
  readonly flagged: boolean;
  /** Requests of this caller inside the window, the one at `now` included. */
  readonly count: number;
  readonly limit: number;
  readonly windowMinutes: number;
  readonly windowStart: Date;
}

export function misuseWindowStart(now: Date, policy: MisusePolicy = DEFAULT_MISUSE_POLICY): Date {
  return new Date(now.getTime() - policy.windowMinutes * 60_000);
}

/**
 * R27.1 repeated calls without reason: the caller's earlier request times plus the one at `now`;
 * flagged once the count inside the window reaches the limit.
 */
export function assessCallerMisuse(
  earlier: readonly Date[],
  now: Date,
  policy: MisusePolicy = DEFAULT_MISUSE_POLICY,
): MisuseAssessment {
  if (!(policy.limit >= 1) || !(policy.windowMinutes > 0))
    throw new RangeError('a misuse policy needs limit ≥ 1 and windowMinutes > 0');
  const windowStart = misuseWindowStart(now, policy);
  const count =
    1 + earlier.filter((at) => at.getTime() > windowStart.getTime() && at.getTime() <= now.getTime()).length;
  return {
    flagged: count >= policy.limit,
    count,
    limit: policy.limit,
    windowMinutes: policy.windowMinutes,
    windowStart,
  };
}
