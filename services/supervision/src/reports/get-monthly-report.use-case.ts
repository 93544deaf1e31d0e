import { Injectable } from '@nestjs/common';
import { MonthlyReport, MonthlyReportDocument, MonthlyReportQuery } from '@hotline/contracts';
import { monthStateAt, reportMonthOf } from '@hotline/domain';
import { BuildMonthlyReport } from './build-monthly-report';
import { FrozenMonthsRepository } from './frozen-months.repository';
import { monthlyReportCsv } from './monthly-report-csv';
import { monthlyReportHtml } from './monthly-report-html';
import { ReportModel } from './report-model';

/**
 * R24.1 the monthly report. A running month is computed on each request and says so; a closed month is computed once,
 * frozen, and answered from then on as it was published, with the steps that arrived later listed as corrections.
 */
@Injectable()
export class GetMonthlyReportUseCase {
  constructor(
    private readonly builder: BuildMonthlyReport,
    private readonly frozen: FrozenMonthsRepository,
    private readonly model: ReportModel,
  ) {}

  async execute(command: { query: MonthlyReportQuery; now: Date }): Promise<MonthlyReport | MonthlyReportDocument> {
    const report = await this.report(command.query.month, command.now);
    const format = command.query.format ?? 'json';
    if (format === 'csv') {
      return {
        contentType: 'text/csv; charset=utf-8',
        fileName: `12345-${report.month}.csv`,
        body: monthlyReportCsv(report),
      };
    }
    if (format === 'html') {
      return {
        contentType: 'text/html; charset=utf-8',
        fileName: `12345-${report.month}.html`,
        body: monthlyReportHtml(report),
      };
    }
    return report;
  }

  async report(monthText: string, now: Date): Promise<MonthlyReport> {
    const month = reportMonthOf(monthText);
    await this.model.catchUp();
    if (monthStateAt(month, now) !== 'closed') return this.builder.build(month, now);
    const frozen =
      (await this.frozen.find(month.month)) ??
      (await this.frozen.freeze(
        month.month,
        (await this.builder.build(month, now)) as unknown as Record<string, unknown>,
        now,
      ));
    const corrections = await this.frozen.corrections(month.month);
    return {
      ...(frozen.report as unknown as MonthlyReport),
      frozenAt: frozen.frozenAt.toISOString(),
      corrections: corrections.map((row) => ({
        eventId: row.eventId,
        workOrderId: row.workOrderId,
        step: row.step,
        unitId: row.unitId,
        at: row.at.toISOString(),
        arrivedAt: row.arrivedAt.toISOString(),
      })),
    };
  }
}
