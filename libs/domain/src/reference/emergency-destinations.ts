import { isOneOf } from './one-of';

/** R15.4 where emergency-type events go (第十五条). */
export const EMERGENCY_CATEGORIES = [
  'disaster-or-accident',
  'public-health',
  'social-security',
  'emergency-linkage',
] as const;
export type EmergencyCategory = (typeof EMERGENCY_CATEGORIES)[number];

export interface EmergencyDestination {
  readonly category: EmergencyCategory;
  readonly events: string;
  readonly destination: string;
}

export const EMERGENCY_DESTINATIONS: Readonly<Record<EmergencyCategory, EmergencyDestination>> = {
  'disaster-or-accident': { category: 'disaster-or-accident', events: '自然灾害、事故灾害', destination: '市应急局' },
  'public-health': { category: 'public-health', events: '公共卫生事件', destination: '市卫生健康委' },
  'social-security': { category: 'social-security', events: '社会安全事件', destination: '市公安局' },
  'emergency-linkage': { category: 'emergency-linkage', events: '日常应急联动事件', destination: '市应急联动指挥中心' },
};

export const isEmergencyCategory = (value: unknown): value is EmergencyCategory => isOneOf(EMERGENCY_CATEGORIES, value);
