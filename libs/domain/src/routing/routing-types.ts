import type { EmergencyCategory } from '../reference/emergency-destinations';
import type { RequestField, RequestType } from '../reference/request-types';

/** Kinds of handling unit (承办单位) in the directory (Art. 5–10 of the regulation, and R22.1). */
export const UNIT_KINDS = [
  'municipal', // 市直部门 (bureaus, commissions, centres)
  'district', // 县市区、园区 (district, county, county-level city, zone)
  'township', // 乡镇、街道
  'enterprise', // 公共企事业单位 (utilities and state-owned enterprises)
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** The city itself as an area: a unit responsible for '湘潭市' acts city-wide. */
export const CITY_WIDE_AREA = '湘潭市';

/** What routing needs to know of a unit in the directory. */
export interface RoutingUnit {
  readonly id: string;
  readonly name: string;
  readonly kind: UnitKind;
  readonly parentId?: string | null;
  /** districts, townships/streets or CITY_WIDE_AREA the unit is responsible for */
  readonly areas: readonly string[];
  /** matter categories within its duty */
  readonly categories: readonly string[];
  /** R15.4: the emergency events the regulation sends to this unit */
  readonly emergencyCategories: readonly EmergencyCategory[];
  readonly active: boolean;
}

/** One entry of the dispatch catalogue (派单目录): which matters in which area go to which unit. */
export interface RoutingRule {
  readonly id: string;
  readonly name: string;
  readonly categories: readonly string[];
  readonly districts: readonly string[];
  readonly streets: readonly string[];
  readonly types: readonly RequestType[];
  readonly fields: readonly RequestField[];
  readonly leadUnitId: string;
  readonly coUnitIds: readonly string[];
  /** higher first */
  readonly priority: number;
  /** R22.1 接诉即办: duty and jurisdiction are clear, straight to the township/street or municipal unit */
  readonly direct: boolean;
  readonly active: boolean;
}

/** The facts of a work order that routing looks at. */
export interface RoutingFacts {
  readonly type?: RequestType;
  readonly field?: RequestField;
  readonly category?: string;
  readonly district?: string;
  readonly street?: string;
  /** R15.4, when the operator (or the category) says it is an emergency event */
  readonly emergencyCategory?: EmergencyCategory;
}

export type RoutingBasis =
  | { readonly kind: 'emergency'; readonly requirement: 'R15.4'; readonly emergencyCategory: EmergencyCategory }
  | {
      readonly kind: 'rule';
      readonly requirement: 'R15.3' | 'R22.1';
      readonly ruleId: string;
      readonly ruleName: string;
      readonly matched: readonly string[];
    }
  | { readonly kind: 'unit-duty'; readonly requirement: 'R15.3' | 'R22.1'; readonly matched: readonly string[] }
  | { readonly kind: 'territorial'; readonly requirement: 'R15.3'; readonly district: string };

export interface RoutingSuggestion {
  readonly found: true;
  readonly leadUnitId: string;
  readonly coUnitIds: readonly string[];
  readonly emergencyCategory?: EmergencyCategory;
  /** R22.1: goes straight to a township/street or municipal unit */
  readonly direct: boolean;
  readonly basis: RoutingBasis;
  /** in words, for the operator: which rule matched and why */
  readonly explanation: string;
}

export interface NoRoutingSuggestion {
  readonly found: false;
  /** R21.1: what kind of difficult matter this looks like, when it looks like one */
  readonly difficulty?: 'unclear-duty' | 'unclear-jurisdiction';
  readonly candidates: readonly string[];
  readonly explanation: string;
}

export type RoutingResult = RoutingSuggestion | NoRoutingSuggestion;

export interface RoutingDirectory {
  readonly units: readonly RoutingUnit[];
  readonly rules: readonly RoutingRule[];
}

export interface RoutingOptions {
  /** units that may not get it, e.g. the unit whose return was approved (R16.3) */
  readonly excludeUnitIds?: readonly string[];
}
