import { Injectable } from '@nestjs/common';
import { SaveJurisdictionMessage, JurisdictionView } from '@hotline/contracts';
import { AccessDeniedError, jurisdictionParentEntryProblem, jurisdictionParentProblem } from '@hotline/domain';
import { badInput } from '@hotline/platform';
import { Jurisdiction } from './jurisdiction.entity';
import { JurisdictionRepository } from './jurisdiction.repository';
import { JurisdictionTable, toView } from './jurisdiction-table';
import { Transactions } from '@hotline/persistence';

/** POST /api/v1/admin/jurisdictions, at the clock's time. */
export class SaveJurisdictionCommand extends SaveJurisdictionMessage {
  now: Date;
}

const badField = (field: string, problem: string) => badInput([{ field, problems: [problem] }]);

/** An administrator adds or corrects one entry of the jurisdiction table (boundaries change); seen at once here. */
@Injectable()
export class SaveJurisdictionUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly jurisdictions: JurisdictionRepository,
    private readonly table: JurisdictionTable,
  ) {}

  async execute({ actor, jurisdiction: input, now }: SaveJurisdictionCommand): Promise<JurisdictionView> {
    if (actor.role !== 'admin') throw new AccessDeniedError('only an administrator edits the jurisdiction table');
    const problem = jurisdictionParentProblem(input.kind, input.parentCode);
    if (problem) throw badField('parentCode', problem);
    const saved = await this.transactions.run(async (manager) => {
      if (input.parentCode) {
        const parentProblem = jurisdictionParentEntryProblem(
          input.parentCode,
          await this.jurisdictions.findByCode(manager, input.parentCode),
        );
        if (parentProblem) throw badField('parentCode', parentProblem);
      }
      const row: Jurisdiction = {
        code: input.code,
        name: input.name.trim(),
        kind: input.kind,
        parentCode: input.parentCode ?? null,
        aliases: (input.aliases ?? []).map((alias) => alias.trim()).filter(Boolean),
        updatedAt: now,
      };
      await this.jurisdictions.upsert(manager, row);
      return toView(row);
    });
    this.table.forget();
    return saved;
  }
}
