import { rejectionReason } from '../reference/rejection-reasons';
import { findTopLevelJurisdiction, placesOutsideNamed } from './jurisdiction-check';
import type { JurisdictionEntry } from './xiangtan-jurisdictions';

/** Where a request's `location.district` lies: one of Xiangtan's (by name or alias), known to be elsewhere, or unknown. */
export type DistrictPlace =
  | { readonly kind: 'inside'; readonly name: string; readonly code: string }
  | { readonly kind: 'outside'; readonly given: string; readonly places: readonly string[] }
  | { readonly kind: 'unknown'; readonly given: string };

export function placeOfDistrict(table: readonly JurisdictionEntry[], given: string): DistrictPlace {
  const entry = findTopLevelJurisdiction(table, given);
  if (entry) return { kind: 'inside', name: entry.name, code: entry.code };
  const places = placesOutsideNamed(given);
  return places.length > 0 ? { kind: 'outside', given, places } : { kind: 'unknown', given };
}

export interface OutsideCityRejection {
  readonly reasonCode: 8;
  /** R14.2 what the operator tells the caller */
  readonly basis: string;
}

/**
 * R13.1(8), R14.2: a request whose district is known to lie outside Xiangtan, and on which the operator decided
 * nothing, is recorded and not accepted, with reason 8 and the basis the caller is told. An unknown district, or an
 * address that merely names another city, is not enough: the assist flags those for the operator (R13.2).
 */
export function outsideCityRejection(place: DistrictPlace | undefined): OutsideCityRejection | undefined {
  if (place?.kind !== 'outside') return undefined;
  const basis =
    `所反映问题发生在${place.given}，不属于湘潭市行政职权管辖范围。依据《湘潭市12345政务服务便民热线工作管理规定》` +
    `第十三条第（八）项（${rejectionReason(8).zh}）不予受理，请向当地12345热线反映。`;
  return { reasonCode: 8, basis };
}
