import { NumberedProvision } from './bilingual-name';
import { isOneOf } from './one-of';

export const SUPERVISION_TRIGGER_CODES = [1, 2, 3, 4, 5, 6, 7, 8] as const;
export type SupervisionTriggerCode = (typeof SUPERVISION_TRIGGER_CODES)[number];

/** A trigger, in the wording of Art. 23 of the regulation. */
export interface SupervisionTrigger extends NumberedProvision<SupervisionTriggerCode> {
  /** R23.1: triggers 1–3 are detected by the system itself */
  readonly systemDetected: boolean;
}

/** R23.1 what starts a supervision case (第二十三条). */
export const SUPERVISION_TRIGGERS: readonly SupervisionTrigger[] = [
  { code: 1, zh: '逾期未办结事项', en: 'overdue' },
  { code: 2, zh: '集中投诉举报的热点、难点事项', en: 'concentrated hot or difficult complaints' },
  {
    code: 3,
    zh: '发回重办后诉求人仍不满意，确属承办单位原因的事项',
    en: "unsatisfied after re-handling, for the unit's reasons",
  },
  { code: 4, zh: '市委、市人民政府交办的事项', en: 'assigned by the city Party committee or government' },
  { code: 5, zh: '新闻媒体曝光的事项', en: 'media exposure' },
  { code: 6, zh: '影响恶劣、影响社会安定团结的事项', en: 'bad social impact' },
  { code: 7, zh: '因工作失误导致省考核扣分的事项', en: 'caused a provincial assessment deduction' },
  { code: 8, zh: '其他需要督办的事项', en: 'other' },
].map((trigger) => ({ ...trigger, code: trigger.code as SupervisionTriggerCode, systemDetected: trigger.code <= 3 }));

/** R23.2 supervision methods. */
export const SUPERVISION_METHODS = ['system', 'phone', 'on-site', 'letter', 'meeting'] as const;
export type SupervisionMethod = (typeof SUPERVISION_METHODS)[number];

export const SUPERVISION_METHOD_NAMES: Readonly<Record<SupervisionMethod, string>> = {
  system: '系统督办',
  phone: '电话催办',
  'on-site': '现场督办',
  letter: '发函督办',
  meeting: '召开督办会议',
};

export const isSupervisionTriggerCode = (value: unknown): value is SupervisionTriggerCode =>
  isOneOf(SUPERVISION_TRIGGER_CODES, value);
export const isSupervisionMethod = (value: unknown): value is SupervisionMethod => isOneOf(SUPERVISION_METHODS, value);
