import { InvalidDomainInputError } from '../errors/domain-error';
import type { ComputedDeadline } from '../time-limits/deadlines';
import type { SupervisionCase } from './supervision-case-model';
import { SUPERVISION_CASE_STATUSES } from './supervision-case-transitions';

/** A supervision case as it sits in a jsonb column: Dates as ISO-8601 strings. */
export type SupervisionCaseJson = Record<string, unknown>;

export function supervisionCaseToJson(supervisionCase: SupervisionCase): SupervisionCaseJson {
  return JSON.parse(JSON.stringify(supervisionCase)) as SupervisionCaseJson;
}

type Json = Record<string, unknown>;

const instant = (value: unknown): Date | undefined => (typeof value === 'string' ? new Date(value) : undefined);

/** Only the fields that hold instants are revived: texts (a source, a result) stay what they were, whatever they say. */
function revive<T extends Json>(record: T, keys: readonly string[]): T {
  const revived: Json = { ...record };
  for (const key of keys) {
    const value = instant(record[key]);
    if (value) revived[key] = value;
  }
  return revived as T;
}

function deadlineFromJson(json: Json): ComputedDeadline {
  const deadline = revive(json, ['from', 'due']);
  const extension = json['extension'] as Json | undefined;
  return (extension
    ? { ...deadline, extension: revive(extension, ['originalDue']) }
    : deadline) as unknown as ComputedDeadline;
}

export function supervisionCaseFromJson(json: unknown): SupervisionCase {
  if (typeof json !== 'object' || json === null) throw invalid('is not an object');
  const candidate = json as Json;
  const status = candidate['status'];
  if (
    typeof candidate['id'] !== 'string' ||
    !(SUPERVISION_CASE_STATUSES as readonly unknown[]).includes(status) ||
    typeof candidate['deadline'] !== 'object'
  ) {
    throw invalid('lacks id, a known status or its deadline');
  }
  const revived = revive(candidate, ['openedAt', 'lastAnsweredAt', 'overdueAt', 'resolvedAt']);
  const extension = candidate['extension'] as Json | undefined;
  const escalation = candidate['escalation'] as Json | undefined;
  return {
    ...revived,
    deadline: deadlineFromJson(candidate['deadline'] as Json),
    ...(extension ? { extension: revive(extension, ['requestedAt', 'decidedAt']) } : {}),
    ...(escalation ? { escalation: revive(escalation, ['at']) } : {}),
  } as unknown as SupervisionCase;
}

function invalid(message: string): InvalidDomainInputError {
  return new InvalidDomainInputError('invalid supervision case', [{ path: 'state', message }]);
}
