import { InvalidDomainInputError, type InputIssue, type RequirementId } from '../errors/domain-error';
import { isOneOf } from '../reference/one-of';
import { REGULATION_TIME_LIMITS, TIME_LIMIT_KEYS, type TimeLimitKey, type TimeLimitRule } from './time-limit-table';

/** A limit as used: its value, and whether it is the regulation's or a deployment's own. */
export interface PolicyValue {
  readonly key: TimeLimitKey;
  readonly value: number;
  readonly unit: TimeLimitRule['unit'];
  readonly regulationValue: number;
  readonly source: 'regulation' | 'configuration';
  /** where a configured value came from, e.g. 'env HOTLINE_TIME_LIMITS' */
  readonly configuredBy?: string;
  readonly requirement: RequirementId;
  readonly article: string;
}

export type TimeLimitOverrides = Readonly<Partial<Record<TimeLimitKey, number>>>;

const LIMITS = { 'working-days': { min: 1, max: 60 }, times: { min: 0, max: 5 } } as const;

const RULES = new Map(REGULATION_TIME_LIMITS.map((rule) => [rule.key, rule]));

function ruleOf(key: TimeLimitKey): TimeLimitRule {
  const rule = RULES.get(key);
  if (!rule) throw new Error(`no time limit '${key}'`);
  return rule;
}

export class TimeLimitPolicy {
  private static regulationPolicy: TimeLimitPolicy | undefined;

  private constructor(private readonly entries: ReadonlyMap<TimeLimitKey, PolicyValue>) {}

  /** The values of the regulation, unchanged. */
  static regulation(): TimeLimitPolicy {
    TimeLimitPolicy.regulationPolicy ??= TimeLimitPolicy.withOverrides({});
    return TimeLimitPolicy.regulationPolicy;
  }

  /**
   * The regulation with some values replaced by a deployment; every deadline computed records which was used.
   * A deployment may be stricter than the regulation, never more lenient: a value above the regulation's is refused.
   */
  static withOverrides(overrides: TimeLimitOverrides, configuredBy = 'configuration'): TimeLimitPolicy {
    const issues: InputIssue[] = [];
    const entries = new Map<TimeLimitKey, PolicyValue>();
    for (const [key, value] of Object.entries(overrides)) {
      if (!isOneOf(TIME_LIMIT_KEYS, key)) {
        issues.push({ path: key, message: `unknown time limit (known: ${TIME_LIMIT_KEYS.join(', ')})` });
        continue;
      }
      const rule = ruleOf(key);
      const { min, max } = LIMITS[rule.unit];
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
        issues.push({ path: key, message: `must be a whole number from ${min} to ${max}, got ${String(value)}` });
      } else if (value > rule.value) {
        issues.push({ path: key, message: longerThanRegulation(rule, value) });
      }
    }
    if (issues.length > 0) throw new InvalidDomainInputError('invalid time-limit configuration', issues);
    for (const rule of REGULATION_TIME_LIMITS) {
      const override = overrides[rule.key];
      const configured = override !== undefined && override !== rule.value;
      entries.set(rule.key, {
        key: rule.key,
        value: configured ? override : rule.value,
        unit: rule.unit,
        regulationValue: rule.value,
        source: configured ? 'configuration' : 'regulation',
        ...(configured ? { configuredBy } : {}),
        requirement: rule.requirement,
        article: rule.article,
      });
    }
    return new TimeLimitPolicy(entries);
  }

  get(key: TimeLimitKey): PolicyValue {
    const entry = this.entries.get(key);
    if (!entry) throw new Error(`no time limit '${key}'`);
    return entry;
  }

  values(): readonly PolicyValue[] {
    return [...this.entries.values()];
  }
}

function longerThanRegulation(rule: TimeLimitRule, value: number): string {
  const unit = rule.unit === 'working-days' ? 'working days' : 'times';
  return `${value} ${unit} is more than the regulation allows (${rule.value}, ${rule.requirement} ${rule.article}); a deployment may only shorten a limit`;
}

/**
 * Reads overrides from configuration text such as '{"sign": 2}' or 'sign=2,rehandling=3'
 * (e.g. an environment variable). Values are validated by TimeLimitPolicy.withOverrides.
 */
export function parseTimeLimitOverrides(text: string | undefined): TimeLimitOverrides {
  if (text === undefined || text.trim() === '') return {};
  const trimmed = text.trim();
  const pairs: [string, unknown][] = trimmed.startsWith('{')
    ? Object.entries(parseJsonObject(trimmed))
    : trimmed.split(',').map((pair) => {
        const [key, value] = pair.split('=').map((part) => part.trim());
        return [key, value === undefined || value === '' ? Number.NaN : Number(value)];
      });
  return Object.fromEntries(pairs) as TimeLimitOverrides;
}

function parseJsonObject(text: string): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text);
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  } catch {
    // reported below
  }
  throw new InvalidDomainInputError('invalid time-limit configuration', [
    { path: '', message: 'expected a JSON object or key=value pairs' },
  ]);
}
