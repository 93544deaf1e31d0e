import { WorkOrderClosedOnline, WorkOrderCreated, WorkOrderRejected } from '../work-orders/work-order.events';
import { HolidayNoticeLoaded } from '../calendar/calendar.contracts';
import { ArticlePublished, ArticleRetired } from '../knowledge/knowledge.events';
import { WORK_ORDER_STEP_EVENT_LIST } from '../work-orders/lifecycle.events';
import { CoUnitContributed } from '../handling/co-unit-contribution.events';
import { EventDefinition } from './event-definition';
import { HotSpotDetected, HotSpotGrew } from '../supervision/hot-spot.events';
import { RosterDutyScheduled } from '../supervision/roster.contracts';
import { WorkOrderDueSoon, WorkOrderOverdue } from '../supervision/deadline-watch.events';
import { SUPERVISION_CASE_EVENT_LIST } from '../supervision/supervision-case.events';
import { ContactRequestClosed, ContactRequested } from '../intake/caller-identity.contracts';
import { KnowledgeReminderSent } from '../supervision/accountability.contracts';
import { TransferAnswered, TransferSent, TransferUnacknowledged } from '../linkage/transfer.contracts';
import { BranchOrderSynced } from '../linkage/branch-order.contracts';
import { PartnerSaved } from '../linkage/partner.contracts';

/** Every event the platform knows, so a consumer can validate what arrives by its subject. */
export const EVENT_CATALOG: readonly EventDefinition[] = [
  WorkOrderCreated,
  WorkOrderRejected,
  WorkOrderClosedOnline,
  HolidayNoticeLoaded,
  ArticlePublished,
  ArticleRetired,
  CoUnitContributed,
  ...WORK_ORDER_STEP_EVENT_LIST,
  ContactRequested,
  ContactRequestClosed,
  HotSpotDetected,
  HotSpotGrew,
  RosterDutyScheduled,
  WorkOrderDueSoon,
  WorkOrderOverdue,
  ...SUPERVISION_CASE_EVENT_LIST,
  KnowledgeReminderSent,
  TransferSent,
  TransferUnacknowledged,
  TransferAnswered,
  BranchOrderSynced,
  PartnerSaved,
];

const bySubject = new Map(EVENT_CATALOG.map((definition) => [definition.subject, definition]));

export function eventDefinitionForSubject(subject: string): EventDefinition | undefined {
  return bySubject.get(subject);
}
