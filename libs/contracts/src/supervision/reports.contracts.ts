import { ActorMessage } from '../events/actor-message';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { defineRpc } from '../rpc/rpc-definition';

export const REPORT_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const ASSESSMENT_PERIOD_PATTERN = /^\d{4}-((0[1-9]|1[0-2])|Q[1-4])$/;
export const MONTHLY_REPORT_FORMATS = ['json', 'csv', 'html'] as const;
export type MonthlyReportFormat = (typeof MONTHLY_REPORT_FORMATS)[number];

/** GET /api/v1/reports/monthly?month=YYYY-MM&format=json|csv|html (R24.1). */
export class MonthlyReportQuery {
  @Matches(REPORT_MONTH_PATTERN, { message: 'month must be YYYY-MM' })
  month: string;

  @IsOptional()
  @IsIn(MONTHLY_REPORT_FORMATS, { message: 'format must be json, csv or html' })
  format?: MonthlyReportFormat;
}

export interface MonthlyReportDocument {
  contentType: string;
  fileName: string;
  body: string;
}

export interface DefinitionView {
  id: string;
  zh: string;
  requirement: string;
  formula: string;
}

export interface UnitMonthView {
  /** null: the whole city */
  unitId: string | null;
  counts: Record<string, number>;
  rates: Record<string, number | null>;
  durations: Record<string, number | null>;
}

export interface BreakdownView {
  key: string | null;
  received: number;
  completed: number;
  completedOnTimeRate: number | null;
  callbacks: number;
  satisfactionRate: number | null;
}

export interface TrendView {
  month: string;
  received: number;
  completed: number;
  completedOnTimeRate: number | null;
  satisfactionRate: number | null;
}

export interface CorrectionView {
  eventId: string;
  workOrderId: string;
  step: string;
  unitId: string | null;
  at: string;
  arrivedAt: string;
}

export interface RankedUnitView {
  unitId: string;
  score: number;
  rank: number;
}

/** The monthly statistics (R24.1): per unit and city-wide, with the definition of every figure. */
export interface MonthlyReport {
  month: string;
  /** running: the month has not ended, its figures still move; closed: frozen when first reported after its end */
  state: 'running' | 'closed' | 'future';
  asOf: string;
  generatedAt: string;
  frozenAt?: string;
  /** durationPrecision: how finely durations are counted (reports frozen before it was stated lack it) */
  definitions: { counts: DefinitionView[]; rates: DefinitionView[]; durationPrecision?: string };
  city: UnitMonthView;
  units: UnitMonthView[];
  breakdowns: { type: BreakdownView[]; district: BreakdownView[]; field: BreakdownView[] };
  trend: TrendView[];
  backlog: {
    day: string;
    open: number;
    overdue: number;
    medianAgeDays: number | null;
    p90AgeDays: number | null;
  } | null;
  /** every unit that had work this month, by its assessment score (R25.1), best first */
  ranking: RankedUnitView[];
  /** 红榜 and 黑榜: the best and the worst scores of the assessment method in force (R25.1) */
  redList: RankedUnitView[];
  blackList: RankedUnitView[];
  assessmentMethodVersion: number;
  /** steps of a closed month that arrived after it was frozen: the figures above do not include them */
  corrections: CorrectionView[];
  /** R10.2 branch centres' orders per branch and unit (already in the units' and the city's figures), marked apart */
  branchOrders?: BranchOrderMonthView[];
}

/** R10.2, R24.1 one branch centre's orders for one unit in the month (`unitId` null: no unit answers for them). */
export interface BranchOrderMonthView {
  branch: string;
  unitId: string | null;
  received: number;
  completed: number;
  completedOnTime: number;
  completedLate: number;
  openOverdue: number;
}

export class GetMonthlyReportQuery {
  @ValidateNested()
  @Type(() => MonthlyReportQuery)
  query: MonthlyReportQuery;
}

/** GET /api/v1/assessments?period=YYYY-MM|YYYY-Qn (R25.1). */
export class AssessmentQuery {
  @Matches(ASSESSMENT_PERIOD_PATTERN, { message: 'period must be YYYY-MM or YYYY-Qn' })
  period: string;
}

export class GetAssessmentQuery {
  @ValidateNested()
  @Type(() => AssessmentQuery)
  query: AssessmentQuery;
}

export class ScoredIndicatorBody {
  @IsString()
  @MaxLength(64)
  indicator: string;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  weight: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  target: number;
}

export class DeductionBody {
  @IsString()
  @MaxLength(64)
  count: string;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  pointsEach: number;

  @IsNumber({ allowNaN: false, allowInfinity: false })
  max: number;
}

/** PUT /api/v1/assessments/method: a new version of the scoring method (R25.1). */
export class AssessmentMethodBody {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ScoredIndicatorBody)
  indicators: ScoredIndicatorBody[];

  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => DeductionBody)
  deductions: DeductionBody[];

  /** the first month it scores (YYYY-MM, Beijing); the current month when left out */
  @IsOptional()
  @Matches(REPORT_MONTH_PATTERN, { message: 'effectiveFrom must be YYYY-MM' })
  effectiveFrom?: string;
}

export class SetAssessmentMethodMessage extends ActorMessage {
  @ValidateNested()
  @Type(() => AssessmentMethodBody)
  body: AssessmentMethodBody;
}

export interface AssessmentMethodView {
  /** 0: the built-in method, in force until an administrator sets one */
  version: number;
  effectiveFrom: string | null;
  indicators: { indicator: string; weight: number; target: number }[];
  deductions: { count: string; pointsEach: number; max: number }[];
}

export interface AssessmentView {
  period: string;
  months: string[];
  method: AssessmentMethodView;
  units: {
    unitId: string;
    score: number;
    rank: number;
    breakdown: { indicator: string; value: number | null; target: number; weight: number; points: number }[];
    deductions: { count: string; value: number; points: number }[];
  }[];
}

/** R24.1 an operator's rebuild of the report model and its rollups from the timeline (`npm run reports:rebuild`). */
export class RebuildReportModelCommand {
  /** work orders folded per transaction (1–10,000; 1,000 unless given) */
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  pageSize?: number;
}

export interface RebuildReportModelResult {
  workOrders: number;
}

export const ReportsRpc = {
  monthly: defineRpc<GetMonthlyReportQuery, MonthlyReport | MonthlyReportDocument>('supervision', 'reports.monthly'),
  assessment: defineRpc<GetAssessmentQuery, AssessmentView>('supervision', 'assessments.get'),
  setMethod: defineRpc<SetAssessmentMethodMessage, AssessmentMethodView>('supervision', 'assessments.set-method'),
  rebuildModel: defineRpc<RebuildReportModelCommand, RebuildReportModelResult>('supervision', 'reports.rebuild-model'),
};
