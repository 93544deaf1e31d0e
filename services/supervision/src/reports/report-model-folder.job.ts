import { Injectable } from '@nestjs/common';
import { Clock, IntervalJob } from '@hotline/platform';
import { SupervisionConfig } from '../supervision.config';
import { ReportModel } from './report-model';

/** R24.1 folds the events taken in into the report model every HOTLINE_REPORT_FOLD_MS, a batch per transaction. */
@Injectable()
export class ReportModelFolder extends IntervalJob {
  constructor(
    private readonly model: ReportModel,
    clock: Clock,
    config: SupervisionConfig,
  ) {
    super(clock, config.HOTLINE_REPORT_MODEL === 'off' ? 0 : config.HOTLINE_REPORT_FOLD_MS);
  }

  protected async run(): Promise<undefined> {
    await this.model.foldSettled();
    return undefined;
  }
}
