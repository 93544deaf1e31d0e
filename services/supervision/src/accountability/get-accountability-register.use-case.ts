import { Injectable, Logger } from '@nestjs/common';
import {
  ACCOUNTABILITY_SECTION_MAX,
  AccountabilityFilters,
  AccountabilityRegister,
  AccountabilitySection,
  CallerReadAuditRpc,
  KnowledgeReminderView,
  RefusedReturnView,
  ReplyContradictionView,
  UnhandledAfterSupervisionView,
} from '@hotline/contracts';
import { beijingMonth } from '@hotline/domain';
import { RpcClient } from '@hotline/messaging';
import { Transactions } from '@hotline/persistence';
import {
  SupervisionCasesRepository,
  UnhandledAfterSupervision,
} from '../supervision-cases/supervision-cases.repository';
import { AccountabilityFinding } from './accountability-finding.entity';
import { AccountabilityFindingRepository } from './accountability-finding.repository';
import { MonthOfUnit } from './month-of-unit';
import { AccountabilityRecordRepository } from './accountability-record.repository';
import { KnowledgeReminder } from './knowledge-reminder.entity';
import { KnowledgeReminderRepository } from './knowledge-reminder.repository';
import { recordedView } from './record-accountability.use-case';

/**
 * GET /api/v1/accountability?unitId=&month= (R26.1): the evidence for each of Art. 26's items that the platform can
 * see, for one month (Beijing) and one unit or all. Item (2) is read from the supervision cases opened that month.
 */
@Injectable()
export class GetAccountabilityRegisterUseCase {
  private readonly logger = new Logger(GetAccountabilityRegisterUseCase.name);

  constructor(
    private readonly rpc: RpcClient,
    private readonly findings: AccountabilityFindingRepository,
    private readonly records: AccountabilityRecordRepository,
    private readonly reminders: KnowledgeReminderRepository,
    private readonly transactions: Transactions,
    private readonly cases: SupervisionCasesRepository,
  ) {}

  async execute(filters: AccountabilityFilters): Promise<AccountabilityRegister> {
    const month: MonthOfUnit = { ...beijingMonth(filters.month), unitId: filters.unitId };
    const take = ACCOUNTABILITY_SECTION_MAX;
    const [refused, refusedTotal] = await this.findings.ofItem(1, month, take);
    const [contradictions, contradictionsTotal] = await this.findings.ofItem(3, month, take);
    const [conduct, conductTotal] = await this.records.ofItem(4, month, take);
    const [other, otherTotal] = await this.records.ofItem(7, month, take);
    const [reminders, remindersTotal] = await this.reminders.ofMonth(month, take);
    const unhandled = await this.cases.unhandledAfterSupervision(this.transactions.outside, {
      ...(filters.unitId ? { unitId: filters.unitId } : {}),
      openedFrom: month.start,
      openedBefore: month.end,
    });
    return {
      month: filters.month,
      ...(filters.unitId ? { unitId: filters.unitId } : {}),
      refusedReturns: section(
        refused.map((f) => findingView<RefusedReturnView>(f)),
        refusedTotal,
      ),
      unhandledAfterSupervision: section(unhandled.slice(0, take).map(unhandledView), unhandled.length),
      replyContradictions: section(
        contradictions.map((f) => findingView<ReplyContradictionView>(f)),
        contradictionsTotal,
      ),
      serviceConduct: section(conduct.map(recordedView), conductTotal),
      callerReads: await this.callerReads(filters),
      staleKnowledge: section(reminders.map(reminderView), remindersTotal),
      otherMisconduct: section(other.map(recordedView), otherTotal),
    };
  }

  /** Art. 26(5) from intake, which alone holds the audit; the register still answers when intake does not. */
  private async callerReads(filters: AccountabilityFilters): Promise<AccountabilityRegister['callerReads']> {
    try {
      const { items } = await this.rpc.request(CallerReadAuditRpc.anomalies, {
        filters: { month: filters.month, ...(filters.unitId ? { unitId: filters.unitId } : {}) },
      });
      return { available: true, units: items };
    } catch (error) {
      this.logger.warn(`caller-read audit unavailable for the register: ${(error as Error).message}`);
      return { available: false, units: [] };
    }
  }
}

function section<T>(items: T[], total: number): AccountabilitySection<T> {
  return { total, items };
}

function findingView<T>(finding: AccountabilityFinding): T {
  return { workOrderId: finding.workOrderId, unitId: finding.unitId, ...finding.details } as T;
}

function unhandledView(row: UnhandledAfterSupervision): UnhandledAfterSupervisionView {
  return {
    workOrderId: row.workOrderId,
    unitId: row.leadUnitId,
    workOrderStatus: row.workOrderStatus,
    caseId: row.caseId,
    caseStatus: row.caseStatus,
    trigger: Number(row.trigger),
    openedAt: new Date(row.openedAt).toISOString(),
    ...(row.closedAt ? { closedAt: new Date(row.closedAt).toISOString() } : {}),
  };
}

function reminderView(reminder: KnowledgeReminder): KnowledgeReminderView {
  return {
    id: reminder.id,
    articleId: reminder.articleId,
    unitId: reminder.ownerUnitId,
    title: reminder.title,
    reviewBy: reminder.reviewBy,
    daysOverdue: reminder.daysOverdue,
    articleVersion: reminder.articleVersion,
    remindedAt: reminder.remindedAt.toISOString(),
  };
}
