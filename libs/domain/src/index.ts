// @hotline/domain: the work-order rules of 潭政办发〔2021〕28号, pure TypeScript (no Nest, TypeORM or NATS).

export * from './errors/domain-error';

export * from './time/beijing-time';

export type { HolidayNotice, HolidayPeriod, LunarFestivalDates, MakeUpWorkday } from './calendar/holiday-notice';
export {
  assertHolidayNotice,
  type HolidayNoticeParseResult,
  parseHolidayNotice,
} from './calendar/holiday-notice-parser';
export { DAY_KINDS, type DayKind } from './calendar/calendar-tables';
export { CALENDAR_YEAR_PROBLEM, CALENDAR_YEARS, isCalendarYear } from './calendar/calendar-years';
export {
  STATUTORY_FALLBACK_YEARS,
  type StatutoryHoliday,
  statutoryHolidayCitation,
  statutoryHolidays,
} from './calendar/statutory-holidays';
export {
  type CalendarDay,
  MAX_WORKING_DAYS,
  type RemainingWorkingTime,
  WorkingDayCalendar,
  type WorkingDaysResult,
} from './calendar/working-day-calendar';
export { deadlineAfterWorkingDays, seededCalendar } from './calendar/default-calendar';
export { SEEDED_HOLIDAY_NOTICES } from './calendar/seed/holiday-notices.seed';
export { LUNAR_FESTIVAL_DATES } from './calendar/seed/lunar-festival-dates.seed';

export * from './time-limits/time-limit-table';
export * from './time-limits/time-limit-policy';
export * from './time-limits/deadlines';

export * from './reference/bilingual-name';
export * from './reference/channels';
export * from './reference/emergency-destinations';
export * from './reference/rejection-reasons';
export * from './reference/request-types';
export * from './reference/roles';
export * from './reference/satisfaction';
export * from './reference/supervision';

export * from './lifecycle/work-order-status';
export * from './lifecycle/work-order-events';
export type * from './lifecycle/work-order';
export type { CommandOf, WorkOrderCommand } from './lifecycle/work-order-commands';
export { type TransitionDefinition, transitionOf, WORK_ORDER_TRANSITIONS } from './lifecycle/lifecycle-transitions';
export {
  applyWorkOrderCommand,
  availableEvents,
  type WorkOrderContext,
  type WorkOrderTransition,
} from './lifecycle/apply-work-order-command';
export { createWorkOrder, type NewWorkOrder } from './lifecycle/create-work-order';
export {
  decideIntake,
  type IntakeDecision,
  intakeCommandOf,
  intakeDeciderOf,
  type OperatorDecision,
} from './lifecycle/intake-decision';
export {
  acceptCoUnitContribution,
  CONTRIBUTION_STATUSES,
  type CoUnitContribution,
} from './lifecycle/co-unit-contribution';
export { renderLifecycleDocument } from './lifecycle/lifecycle-doc';

export * from './supervision/supervision-case-transitions';
export * from './supervision/supervision-case';
export { detectSupervisionTriggers } from './supervision/system-triggers';
export { INSPECTION_OFFICE } from './supervision/supervision-case-steps';
export { supervisionLimit } from './supervision/supervision-limit';
export * from './supervision/deadline-watch';
export * from './supervision/supervision-case-json';
export * from './supervision/unhandled-after-supervision';
export { type WorkOrderJson, workOrderFromJson, workOrderToJson } from './lifecycle/work-order-json';
export { runningDeadline } from './time-limits/running-deadline';
export * from './routing';
export * from './intake-assist';
export * from './knowledge';
export { onlyTheLeadUnit, type UnitRole, unitRoleIn } from './lifecycle/unit-access';
export {
  maySeeWorkOrder,
  supervisesWorkOrder,
  type WorkOrderVisibility,
  workOrderVisibilityOf,
} from './lifecycle/work-order-visibility';
export * from './rosters/duty-roster';
export { assertPlanDateInFuture, contactContradictionOf } from './lifecycle/reply-record';
export { maskName, maskPhone, normalisePhone } from './privacy/caller-masking';
export { assertCallerReachable } from './privacy/caller-contact';
export { readsCallerIdNumber } from './privacy/caller-id-number';
export {
  CALLER_READ_NOTE_MAX_LENGTH,
  CALLER_READ_REASON_LABELS,
  CALLER_READ_REASONS,
  type CallerReadReason,
  isCallerReadReason,
} from './privacy/caller-read-reasons';
export {
  ANONYMOUS_CALLER_REFUSAL,
  CALLER_CLEAR_READERS,
  type CallerReadDecision,
  type ContactRequestDecision,
  decideCallerRead,
  decideContactRequest,
  NAMED_CALLER_RELAY_REFUSAL,
  publicMatterOf,
  type PublicMatter,
  receivesIntakeAssist,
  showsMaskedCaller,
} from './privacy/caller-access';
export * from './callbacks/callback-windows';
export {
  assertCurrentExtension,
  assertPendingRequest,
  decisionCommand,
  requestIdOf,
  type DecidedRequest,
} from './lifecycle/pending-request';
export { type FinishedAs, finishedAs } from './callbacks/finished-as';
export { replyIsContribution } from './lifecycle/reply-routing';
export * from './supervision/hot-spots';
export * from './accountability/reply-contradiction';
export * from './accountability/caller-read-anomalies';
export * from './reports';
export * from './linkage/partners';
export * from './linkage/transfers';
export * from './linkage/transfer-routing';
export * from './linkage/branch-orders';
export * from './linkage/branch-order-supervision';
export * from './linkage/partner-sequences';
