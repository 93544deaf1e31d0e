import { WorkingCalendar } from '@hotline/calendar';
import { OutboxWriter, Transactions, WorkOrderStates } from '@hotline/persistence';
import { Clock } from '@hotline/platform';
import { DataSource } from 'typeorm';
import { FrozenMonthsRepository } from '../../services/supervision/src/reports/frozen-months.repository';
import { ReportModel } from '../../services/supervision/src/reports/report-model';
import { ReportModelRepository } from '../../services/supervision/src/reports/report-model.repository';
import { ReportFoldCursorRepository } from '../../services/supervision/src/reports/report-fold-cursor.repository';
import { ReportRollupsRepository } from '../../services/supervision/src/reports/report-rollups.repository';
import { SupervisionConfig } from '../../services/supervision/src/supervision.config';

/** The report model as supervision wires it, over the bench's database: a report first folds what is waiting. */
export function reportModelOf(dataSource: DataSource, frozen: FrozenMonthsRepository): ReportModel {
  return new ReportModel(
    new ReportModelRepository(dataSource, new ReportRollupsRepository()),
    new ReportFoldCursorRepository(),
    frozen,
    new Transactions(dataSource, new WorkOrderStates(new OutboxWriter())),
    new WorkingCalendar(dataSource),
    new Clock(),
    new SupervisionConfig(),
  );
}
