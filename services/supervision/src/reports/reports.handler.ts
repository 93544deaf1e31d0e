import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AssessmentMethodView,
  AssessmentView,
  GetAssessmentQuery,
  GetMonthlyReportQuery,
  MonthlyReport,
  MonthlyReportDocument,
  RebuildReportModelCommand,
  RebuildReportModelResult,
  ReportsRpc,
  SetAssessmentMethodMessage,
} from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { GetAssessmentUseCase } from './get-assessment.use-case';
import { GetMonthlyReportUseCase } from './get-monthly-report.use-case';
import { RebuildReportModelUseCase } from './rebuild-report-model.use-case';
import { SetAssessmentMethodUseCase } from './set-assessment-method.use-case';

@Controller()
export class ReportsHandler {
  constructor(
    private readonly monthlyReport: GetMonthlyReportUseCase,
    private readonly assessment: GetAssessmentUseCase,
    private readonly setMethod: SetAssessmentMethodUseCase,
    private readonly rebuild: RebuildReportModelUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(ReportsRpc.monthly.subject)
  monthly(@Payload() message: GetMonthlyReportQuery): Promise<MonthlyReport | MonthlyReportDocument> {
    return this.monthlyReport.execute({ query: message.query, now: this.clock.now() });
  }

  @MessagePattern(ReportsRpc.assessment.subject)
  assess(@Payload() message: GetAssessmentQuery): Promise<AssessmentView> {
    return this.assessment.execute({ query: message.query, now: this.clock.now() });
  }

  @MessagePattern(ReportsRpc.setMethod.subject)
  method(@Payload() message: SetAssessmentMethodMessage): Promise<AssessmentMethodView> {
    return this.setMethod.execute({ ...message, now: this.clock.now() });
  }

  /** An operator's command (npm run reports:rebuild), not an HTTP route: it rewrites the whole model. */
  @MessagePattern(ReportsRpc.rebuildModel.subject)
  rebuildModel(@Payload() message: RebuildReportModelCommand): Promise<RebuildReportModelResult> {
    return this.rebuild.execute({ pageSize: message.pageSize });
  }
}
