import { Injectable } from '@nestjs/common';
import {
  Actor,
  decodePageCursor,
  encodePageCursor,
  SupervisionCaseFilters,
  SupervisionCasePage,
} from '@hotline/contracts';
import { keysetPage, Transactions } from '@hotline/persistence';
import { toSupervisionCaseView } from './supervision-case-view';
import { SupervisionCasesRepository } from './supervision-cases.repository';

const DEFAULT_LIMIT = 50;

export class ListSupervisionCasesCommand {
  constructor(
    readonly filters: SupervisionCaseFilters,
    readonly viewer: Actor,
    readonly now: Date,
  ) {}
}

/**
 * GET /api/v1/supervision-cases: newest first, filtered, in pages; a unit sees the cases of its own work orders and,
 * read-only, those of the units below it (Art. 8(4)).
 */
@Injectable()
export class ListSupervisionCasesUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly cases: SupervisionCasesRepository,
  ) {}

  async execute({ filters, viewer, now }: ListSupervisionCasesCommand): Promise<SupervisionCasePage> {
    const { cursor, limit = DEFAULT_LIMIT, ...asked } = filters;
    const { rows, ...next } = await keysetPage(
      limit,
      (take) =>
        this.cases.page(this.transactions.outside, {
          filters: asked,
          ...(viewer.role === 'unit'
            ? { visibleToUnits: [viewer.unitId ?? '', ...(viewer.supervisedUnitIds ?? [])] }
            : {}),
          ...(cursor ? { after: decodePageCursor(cursor) } : {}),
          rows: take,
        }),
      (last) => encodePageCursor({ at: last.supervisionCase.openedAt, id: last.supervisionCase.id }),
    );
    return { items: rows.map((row) => toSupervisionCaseView(row, now)), ...next };
  }
}
