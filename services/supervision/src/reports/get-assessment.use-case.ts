import { Injectable } from '@nestjs/common';
import { AssessmentQuery, AssessmentView } from '@hotline/contracts';
import { assessmentPeriodOf, scoreUnits } from '@hotline/domain';
import { AssessmentMethodInForce } from './assessment-method-in-force';
import { BranchOrderFigures, withBranchOrders } from './branch-order-figures';
import { MonthlyFiguresRepository } from './monthly-figures.repository';
import { ReportModel } from './report-model';
import { unitsOnly } from './unit-month-view';

/**
 * R25.1 scores and ranks the units over a month or a quarter by the method version in force at the period's start;
 * each score carries its breakdown. Approved appeals are out of the satisfaction rate (R20.3); the branch centres'
 * orders a unit answers for count as its own (R10.2).
 */
@Injectable()
export class GetAssessmentUseCase {
  constructor(
    private readonly figures: MonthlyFiguresRepository,
    private readonly methods: AssessmentMethodInForce,
    private readonly branchOrders: BranchOrderFigures,
    private readonly model: ReportModel,
  ) {}

  async execute(command: { query: AssessmentQuery; now: Date }): Promise<AssessmentView> {
    const period = assessmentPeriodOf(command.query.period);
    const asOf = command.now.getTime() < period.end.getTime() ? command.now : period.end;
    await this.model.catchUp();
    const [ours, branchOrders, { method, view }] = await Promise.all([
      this.figures.unitFigures(period.start, period.end, asOf),
      this.branchOrders.of(period.start, period.end, asOf),
      this.methods.at(period.start),
    ]);
    // R10.2 branch centres' orders are assessed like the unit's own
    const all = withBranchOrders(ours, branchOrders);
    const units = new Map(unitsOnly(all).map((unit) => [unit.unitId, unit.counts]));
    return {
      period: period.period,
      months: [...period.months],
      method: view,
      units: scoreUnits(method, units).map((unit) => ({
        ...unit,
        breakdown: unit.breakdown.map((line) => ({ ...line })),
        deductions: unit.deductions.map((line) => ({ ...line })),
      })),
    };
  }
}
