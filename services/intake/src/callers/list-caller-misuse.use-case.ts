import { Injectable } from '@nestjs/common';
import {
  CALLER_MISUSE_REQUEST_IDS_MAX,
  CallerMisuseFilters,
  CallerMisusePage,
  CallerMisuseSummary,
} from '@hotline/contracts';
import { isCallerMisuseKind } from '@hotline/domain';
import { keysetPage } from '@hotline/persistence';
import { CallerMisuseFlagRepository, CallerMisuseGroupRow } from './caller-misuse-flag.repository';
import { decodeMisuseCursor, encodeMisuseCursor } from './misuse-cursor';

const DEFAULT_LIMIT = 50;

/** GET /api/v1/callers/misuse: by caller hash, kind and time, a page after a cursor. */
export type ListCallerMisuseCommand = CallerMisuseFilters;

/**
 * R27.1 the callers flagged for misuse, one item per caller and kind (repeated calls included), the newest flag first:
 * the keyed hash of the phone, never the phone.
 */
@Injectable()
export class ListCallerMisuseUseCase {
  constructor(private readonly flags: CallerMisuseFlagRepository) {}

  async execute(filters: ListCallerMisuseCommand): Promise<CallerMisusePage> {
    const { rows, ...next } = await keysetPage(
      filters.limit ?? DEFAULT_LIMIT,
      (take) =>
        this.flags.page({
          callerPhoneHash: filters.callerHash,
          kind: filters.kind,
          ...(filters.since ? { since: new Date(filters.since) } : {}),
          ...(filters.cursor ? { before: decodeMisuseCursor(filters.cursor) } : {}),
          take,
          requestIdsPerGroup: CALLER_MISUSE_REQUEST_IDS_MAX,
        }),
      (last) => encodeMisuseCursor(last.lastAt, last.callerPhoneHash, last.kind),
    );
    return { items: rows.flatMap(summaryOf), ...next };
  }
}

function summaryOf(row: CallerMisuseGroupRow): CallerMisuseSummary[] {
  if (!isCallerMisuseKind(row.kind)) return [];
  return [
    {
      callerHash: row.callerPhoneHash,
      kind: row.kind,
      count: row.count,
      firstAt: row.firstAt.toISOString(),
      lastAt: row.lastAt.toISOString(),
      requestIds: row.requestIds,
    },
  ];
}
