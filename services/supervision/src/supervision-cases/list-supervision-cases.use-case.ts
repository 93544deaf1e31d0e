import { BadRequestException, Injectable } from '@nestjs/common';
import { Actor, SupervisionCaseFilters, SupervisionCasePage } from '@hotline/contracts';
import { Transactions } from '@hotline/persistence';
import { toSupervisionCaseView } from './supervision-case-view';
import { CasePosition, SupervisionCasesRepository } from './supervision-cases.repository';

const DEFAULT_LIMIT = 50;

export class ListSupervisionCasesCommand {
  constructor(
    readonly filters: SupervisionCaseFilters,
    readonly viewer: Actor,
    readonly now: Date,
  ) {}
}

/** GET /api/v1/supervision-cases: newest first, filtered, in pages; a unit sees the cases of its own work orders. */
@Injectable()
export class ListSupervisionCasesUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly cases: SupervisionCasesRepository,
  ) {}

  async execute({ filters, viewer, now }: ListSupervisionCasesCommand): Promise<SupervisionCasePage> {
    const { cursor, limit = DEFAULT_LIMIT, ...asked } = filters;
    const rows = await this.cases.page(this.transactions.outside, {
      filters: asked,
      ...(viewer.role === 'unit' ? { unitId: viewer.unitId ?? '' } : {}),
      ...(cursor ? { after: decodeCaseCursor(cursor) } : {}),
      rows: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => toSupervisionCaseView(row, now)),
      ...(rows.length > limit && last
        ? { nextCursor: encodeCaseCursor({ openedAt: last.supervisionCase.openedAt, id: last.supervisionCase.id }) }
        : {}),
    };
  }
}

export function encodeCaseCursor({ openedAt, id }: CasePosition): string {
  return Buffer.from(`${openedAt.toISOString()}|${id}`).toString('base64url');
}

export function decodeCaseCursor(cursor: string): CasePosition {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const openedAt = new Date(at ?? '');
  if (!id || !/^[0-9a-f-]{36}$/.test(id) || Number.isNaN(openedAt.getTime())) {
    throw new BadRequestException({
      message: 'cursor: is not the nextCursor of a previous page',
      details: [{ field: 'cursor', problems: ['unknown cursor'] }],
    });
  }
  return { openedAt, id };
}
