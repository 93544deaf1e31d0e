import { Injectable } from '@nestjs/common';
import {
  Actor,
  decodePageCursor,
  encodePageCursor,
  SupervisionCaseFilters,
  SupervisionCasePage,
} from '@hotline/contracts';
import { Transactions } from '@hotline/persistence';
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
    const rows = await this.cases.page(this.transactions.outside, {
      filters: asked,
      ...(viewer.role === 'unit' ? { visibleToUnits: [viewer.unitId ?? '', ...(viewer.supervisedUnitIds ?? [])] } : {}),
      ...(cursor ? { after: decodePageCursor(cursor) } : {}),
      rows: limit + 1,
    });
    const page = rows.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map((row) => toSupervisionCaseView(row, now)),
      ...(rows.length > limit && last
        ? { nextCursor: encodePageCursor({ at: last.supervisionCase.openedAt, id: last.supervisionCase.id }) }
        : {}),
    };
  }
}
