import type { RequirementId } from '../errors/domain-error';
import type { Actor } from '../reference/roles';
import type { SupervisionMethod, SupervisionTriggerCode } from '../reference/supervision';
import type { ComputedDeadline } from '../time-limits/deadlines';
import type { SupervisionCaseEvent, SupervisionCaseStatus } from './supervision-case-transitions';

/** The unit's one application for more time (R23.2), and the supervisor's decision on it. */
export interface CaseExtensionApplication {
  /** names the application in `…/extensions/{xid}/decision` */
  readonly id?: string;
  readonly workingDays: number;
  readonly reason: string;
  readonly requestedAt: Date;
  readonly unitId?: string;
  readonly decision?: 'approved' | 'rejected';
  readonly decidedAt?: Date;
  readonly comment?: string;
}

/** R23.3 the case went to 市人民政府督查室: when, whether its limit had passed, and why (needed within the limit). */
export interface CaseEscalation {
  readonly at: Date;
  readonly to: '市人民政府督查室';
  readonly withinLimit: boolean;
  readonly reason?: string;
}

export interface SupervisionCase {
  readonly id: string;
  /** the first work order the case was opened on */
  readonly workOrderId: string;
  /** every work order the case links (trigger 2 links all of a hot spot's); each keeps its own handling */
  readonly workOrderIds: readonly string[];
  /** the units that handle the linked work orders: they see, answer and apply for an extension */
  readonly unitIds: readonly string[];
  readonly trigger: SupervisionTriggerCode;
  readonly method: SupervisionMethod;
  /** triggers 4–8: who or what asked for the supervision (e.g. 市政府办公室交办, 湘潭日报 2026-03-02) */
  readonly source?: string;
  readonly hotSpotId?: string;
  readonly status: SupervisionCaseStatus;
  readonly version: number;
  readonly openedAt: Date;
  readonly deadline: ComputedDeadline;
  readonly extension?: CaseExtensionApplication;
  readonly extensionsGranted: number;
  readonly answers: number;
  readonly lastAnsweredAt?: Date;
  /** when the limit passed with the case unsolved (R23.3: it may be escalated from then on) */
  readonly overdueAt?: Date;
  readonly escalation?: CaseEscalation;
  readonly result?: string;
  readonly resolvedAt?: Date;
}

export interface SupervisionCaseStep {
  readonly caseId: string;
  readonly workOrderIds: readonly string[];
  readonly version: number;
  readonly event: SupervisionCaseEvent;
  readonly from: SupervisionCaseStatus | null;
  readonly to: SupervisionCaseStatus;
  readonly at: Date;
  readonly actor: Actor;
  readonly requirements: readonly RequirementId[];
  readonly details: Readonly<Record<string, unknown>>;
}
