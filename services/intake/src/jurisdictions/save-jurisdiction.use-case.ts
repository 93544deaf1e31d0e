import { BadRequestException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { JurisdictionInput, JurisdictionView } from '@hotline/contracts';
import { TOP_LEVEL_KINDS } from '@hotline/domain';
import { DataSource } from 'typeorm';
import { Jurisdiction } from './jurisdiction.entity';
import { toView } from './jurisdiction-table';

const badField = (field: string, problem: string) =>
  new BadRequestException({ statusCode: 400, error: 'Bad Request', message: `${field}: ${problem}`, details: [{ field, problems: [problem] }] });

/** An administrator adds or corrects one entry of the jurisdiction table (boundaries change). */
@Injectable()
export class SaveJurisdictionUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(input: JurisdictionInput, now: Date): Promise<JurisdictionView> {
    const topLevel = TOP_LEVEL_KINDS.includes(input.kind);
    if (topLevel && input.parentCode) throw badField('parentCode', 'a district, county, city or zone has no parent');
    if (!topLevel && !input.parentCode) throw badField('parentCode', 'a township or street names its district, county, city or zone');
    return this.dataSource.transaction(async (manager) => {
      if (input.parentCode) {
        const parent = await manager.findOne(Jurisdiction, { where: { code: input.parentCode } });
        if (!parent || !TOP_LEVEL_KINDS.includes(parent.kind as never)) throw badField('parentCode', `no district, county, city or zone ${input.parentCode}`);
      }
      const row: Jurisdiction = {
        code: input.code,
        name: input.name.trim(),
        kind: input.kind,
        parentCode: input.parentCode ?? null,
        aliases: (input.aliases ?? []).map((alias) => alias.trim()).filter(Boolean),
        updatedAt: now,
      };
      await manager.upsert(Jurisdiction, row, ['code']);
      return toView(row);
    });
  }
}
