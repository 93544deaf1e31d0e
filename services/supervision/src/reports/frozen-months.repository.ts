import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertRows } from '@hotline/persistence';
import { DataSource, EntityManager, In } from 'typeorm';
import { ReportCorrection } from './report-correction.entity';
import { ReportFrozenMonth } from './report-frozen-month.entity';

/** R24.1 closed months as first published, and the late steps noted beside them. */
@Injectable()
export class FrozenMonthsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Which of `months` are frozen. */
  async frozenAmong(manager: EntityManager, months: readonly string[]): Promise<Set<string>> {
    if (months.length === 0) return new Set();
    const rows = await manager
      .getRepository(ReportFrozenMonth)
      .find({ select: { month: true }, where: { month: In(months) } });
    return new Set(rows.map((row) => row.month));
  }

  find(month: string): Promise<ReportFrozenMonth | null> {
    return this.dataSource.getRepository(ReportFrozenMonth).findOneBy({ month });
  }

  /** Freezes the month once; whoever froze it first wins, and that report is the one answered. */
  async freeze(month: string, report: Record<string, unknown>, frozenAt: Date): Promise<ReportFrozenMonth> {
    await insertRows(
      this.dataSource.manager,
      ReportFrozenMonth,
      [{ month, report, frozenAt }],
      'ON CONFLICT DO NOTHING',
    );
    const frozen = await this.find(month);
    if (!frozen) throw new Error(`month ${month} was not frozen`);
    return frozen;
  }

  /** The city-wide counts of the frozen months among `months`, as they were published. */
  async cityCounts(months: readonly string[]): Promise<Map<string, Record<string, number>>> {
    const rows: { month: string; counts: Record<string, number> }[] = await this.dataSource
      .getRepository(ReportFrozenMonth)
      .createQueryBuilder('f')
      .select('f.month', 'month')
      .addSelect("f.report -> 'city' -> 'counts'", 'counts')
      .where('f.month IN (:...months)', { months: months.length > 0 ? months : [''] })
      .getRawMany();
    return new Map(rows.map((row) => [row.month, row.counts]));
  }

  /** R24.1 steps of a frozen month that arrived late: notes beside the figures, once per event. */
  async addCorrections(manager: EntityManager, corrections: readonly ReportCorrection[]): Promise<void> {
    if (corrections.length > 0) await insertRows(manager, ReportCorrection, [...corrections], 'ON CONFLICT DO NOTHING');
  }

  corrections(month: string): Promise<ReportCorrection[]> {
    return this.dataSource
      .getRepository(ReportCorrection)
      .find({ where: { month }, order: { arrivedAt: 'ASC', eventId: 'ASC' }, take: 500 });
  }
}
