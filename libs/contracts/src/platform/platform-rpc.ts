import { IsBoolean, IsInt, IsISO8601, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { QueryFlag } from '../boundary/query-flag';
import { defineRpc, SERVICE_PLACEHOLDER } from '../rpc/rpc-definition';

export interface DependencyStatus {
  name: string;
  ok: boolean;
  detail?: string;
}

export interface HealthReport {
  service: string;
  ok: boolean;
  dependencies: DependencyStatus[];
}

export interface DeadLetterView {
  id: string;
  consumer: string;
  subject: string;
  eventId: string | null;
  reason: string;
  deliveries: number;
  payload: unknown;
  createdAt: string;
  replayedAt: string | null;
}

/** GET /api/v1/admin/services/{service}/dead-letters */
export class DeadLetterFilters {
  /** true: the ones replayed already too */
  @QueryFlag()
  includeReplayed?: boolean;
}

export class ListDeadLettersQuery {
  @IsOptional()
  @IsBoolean()
  includeReplayed?: boolean;

  /** at most this many, the newest first (100 unless given) */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  limit?: number;
}

export class ReplayDeadLetterCommand {
  @IsUUID()
  id: string;
}

/** POST /api/v1/admin/services/{service}/outbox/republish, and the message that carries it */
export class RepublishOutboxCommand {
  /** every event recorded since this time is published again */
  @IsISO8601({ strict: true })
  since: string;
}

/** Operational queries every service answers; `service` may be SERVICE_PLACEHOLDER in handlers. */
export const PlatformRpc = {
  health: (service: string) => defineRpc<Record<string, never>, HealthReport>(service, 'health'),
  listDeadLetters: (service: string) =>
    defineRpc<ListDeadLettersQuery, { items: DeadLetterView[] }>(service, 'dead-letters.list'),
  replayDeadLetter: (service: string) =>
    defineRpc<ReplayDeadLetterCommand, DeadLetterView>(service, 'dead-letters.replay'),
  republishOutbox: (service: string) =>
    defineRpc<RepublishOutboxCommand, { republished: number }>(service, 'outbox.republish'),
};

export const HANDLER_SUBJECTS = {
  health: PlatformRpc.health(SERVICE_PLACEHOLDER).subject,
  listDeadLetters: PlatformRpc.listDeadLetters(SERVICE_PLACEHOLDER).subject,
  replayDeadLetter: PlatformRpc.replayDeadLetter(SERVICE_PLACEHOLDER).subject,
  republishOutbox: PlatformRpc.republishOutbox(SERVICE_PLACEHOLDER).subject,
};
