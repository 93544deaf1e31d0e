import {
  JurisdictionEntry,
  NEIGHBOURING_PLACES,
  OTHER_PROVINCES,
  TOP_LEVEL_KINDS,
  XIANGTAN_BOUNDS,
} from './xiangtan-jurisdictions';

export interface PlaceInput {
  readonly district?: string | null;
  readonly street?: string | null;
  readonly address?: string | null;
  readonly lat?: number | null;
  readonly lng?: number | null;
}

export type OutsideCitySource = 'district' | 'street' | 'address' | 'coordinates';

export interface JurisdictionCheck {
  readonly district?: {
    readonly given: string;
    readonly known: boolean;
    readonly name?: string;
    readonly code?: string;
  };
  readonly street?: {
    readonly given: string;
    readonly known: boolean;
    readonly name?: string;
    readonly districtCode?: string;
  };
  /** R13.2: the place is outside Xiangtan; the operator may reject with R13.1 reason 8. */
  readonly outsideCity: boolean;
  readonly findings: ReadonlyArray<{ readonly source: OutsideCitySource; readonly detail: string }>;
  /** Places outside the city named in the request's text: a hint only, the caller may just mention them. */
  readonly mentionedElsewhere: readonly string[];
  readonly suggestedReasonCode?: 8;
}

const compact = (text: string) => text.replace(/\s+/g, '');

function matches(entry: JurisdictionEntry, given: string): boolean {
  const name = compact(given);
  return entry.name === name || (entry.aliases ?? []).includes(name);
}

/** The district, county, county-level city or zone of Xiangtan a `location.district` names, if any. */
export function findTopLevelJurisdiction(
  table: readonly JurisdictionEntry[],
  given: string,
): JurisdictionEntry | undefined {
  return table.find((entry) => TOP_LEVEL_KINDS.includes(entry.kind) && matches(entry, given));
}

/** The neighbouring cities and counties, and other provinces, a text names. */
export function placesOutsideNamed(text: string): string[] {
  const flat = compact(text);
  return [...NEIGHBOURING_PLACES, ...OTHER_PROVINCES].filter((place) => flat.includes(place));
}

export function isInsideXiangtanBounds(lat: number, lng: number): boolean {
  const box = XIANGTAN_BOUNDS;
  return lat >= box.minLat && lat <= box.maxLat && lng >= box.minLng && lng <= box.maxLng;
}

/** R13.2: checks a request's place against the city's jurisdiction (reference table of districts, townships, streets). */
export function checkJurisdiction(
  table: readonly JurisdictionEntry[],
  place: PlaceInput,
  content = '',
): JurisdictionCheck {
  const findings: Array<{ source: OutsideCitySource; detail: string }> = [];
  for (const source of ['district', 'street', 'address'] as const) {
    const text = place[source];
    if (source === 'district' && text && findTopLevelJurisdiction(table, text)) continue;
    const named = text ? placesOutsideNamed(text) : [];
    if (named.length > 0) findings.push({ source, detail: `names ${named.join('、')}` });
  }
  if (typeof place.lat === 'number' && typeof place.lng === 'number' && !isInsideXiangtanBounds(place.lat, place.lng)) {
    findings.push({ source: 'coordinates', detail: `${place.lat},${place.lng} lies outside Xiangtan` });
  }
  const outsideCity = findings.length > 0;
  return {
    ...(place.district ? { district: districtFinding(table, place.district) } : {}),
    ...(place.street ? { street: streetFinding(table, place.street) } : {}),
    outsideCity,
    findings,
    mentionedElsewhere: placesOutsideNamed(content),
    ...(outsideCity ? { suggestedReasonCode: 8 as const } : {}),
  };
}

function districtFinding(
  table: readonly JurisdictionEntry[],
  given: string,
): NonNullable<JurisdictionCheck['district']> {
  const entry = findTopLevelJurisdiction(table, given);
  return entry ? { given, known: true, name: entry.name, code: entry.code } : { given, known: false };
}

function streetFinding(table: readonly JurisdictionEntry[], given: string): NonNullable<JurisdictionCheck['street']> {
  const entry = table.find(
    (candidate) =>
      !TOP_LEVEL_KINDS.includes(candidate.kind) &&
      (matches(candidate, given) || compact(given).includes(candidate.name)),
  );
  return entry
    ? { given, known: true, name: entry.name, ...(entry.parentCode ? { districtCode: entry.parentCode } : {}) }
    : { given, known: false };
}
