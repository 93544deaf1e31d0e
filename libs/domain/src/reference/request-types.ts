import { BilingualName } from './bilingual-name';
import { isOneOf } from './one-of';

/** R12.1 accepted request types. */
export const REQUEST_TYPES = ['consultation', 'help', 'complaint', 'report', 'suggestion'] as const;
export type RequestType = (typeof REQUEST_TYPES)[number];

export const REQUEST_TYPE_NAMES: Readonly<Record<RequestType, BilingualName>> = {
  consultation: { zh: '咨询', en: 'consultation' },
  help: { zh: '求助', en: 'help' },
  complaint: { zh: '投诉', en: 'complaint' },
  report: { zh: '举报', en: 'report' },
  suggestion: { zh: '意见建议', en: 'suggestion' },
};

export const isRequestType = (value: unknown): value is RequestType => isOneOf(REQUEST_TYPES, value);

/** R12.1 fields (领域) of a request. */
export const REQUEST_FIELDS = [
  'economic-regulation',
  'market-supervision',
  'social-management',
  'public-service',
  'ecological-protection',
] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];

export const REQUEST_FIELD_NAMES: Readonly<Record<RequestField, string>> = {
  'economic-regulation': '经济调节',
  'market-supervision': '市场监管',
  'social-management': '社会管理',
  'public-service': '公共服务',
  'ecological-protection': '生态环境保护',
};

export const isRequestField = (value: unknown): value is RequestField => isOneOf(REQUEST_FIELDS, value);
