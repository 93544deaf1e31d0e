import { Injectable } from '@nestjs/common';
import { JurisdictionView, ListJurisdictionsQuery } from '@hotline/contracts';
import { JurisdictionTable } from './jurisdiction-table';

/** GET /api/v1/admin/jurisdictions?kinds= */
export type ListJurisdictionsCommand = ListJurisdictionsQuery;

/** The city's jurisdiction table, or the entries of the kinds asked for. */
@Injectable()
export class ListJurisdictionsUseCase {
  constructor(private readonly table: JurisdictionTable) {}

  async execute(command: ListJurisdictionsCommand): Promise<{ items: JurisdictionView[] }> {
    const items = await this.table.entries();
    const kinds = command.kinds ?? [];
    return { items: kinds.length > 0 ? items.filter((item) => kinds.includes(item.kind)) : items };
  }
}
