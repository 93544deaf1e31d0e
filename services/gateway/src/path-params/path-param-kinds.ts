import { isUUID } from 'class-validator';
import {
  BACKEND_SERVICE_NAMES,
  BackendServiceName,
  REQUEST_ID_PATTERN,
  REQUEST_ID_PROBLEM,
  UNIT_ID_PATTERN,
} from '@hotline/contracts';
import { CALENDAR_YEAR_PROBLEM, CALENDAR_YEARS, isCalendarYear, PARTNER_CODE_PATTERN } from '@hotline/domain';
import { PathParamKind } from './path-param';

function matching(pattern: RegExp, problem: string): PathParamKind<string> {
  return {
    problem,
    schema: { type: 'string', pattern: pattern.source },
    parse: (text) => (pattern.test(text) ? text : undefined),
  };
}

/** A work order, request, supervision case or contact request, by the uuid the platform gave it. */
export const UUID: PathParamKind<string> = {
  problem: 'must be a uuid',
  schema: { type: 'string', format: 'uuid' },
  parse: (text) => (isUUID(text) ? text : undefined),
};

/** A return, extension, reply or appeal request, by the id its POST answered: `<work order id>:<version>`. */
export const REQUEST_ID = matching(REQUEST_ID_PATTERN, REQUEST_ID_PROBLEM);

export const UNIT_ID = matching(UNIT_ID_PATTERN, 'must be a unit code such as xt-yuhu');

export const PARTNER_CODE = matching(PARTNER_CODE_PATTERN, 'must be a partner code such as 110');

/** A knowledge article: a seeded id such as kb-hpf-withdrawal, or a uuid. */
export const ARTICLE_ID = matching(
  /^[A-Za-z0-9][A-Za-z0-9-]{0,63}$/,
  'must be an article id such as kb-hpf-withdrawal',
);

export const CALENDAR_YEAR: PathParamKind<number> = {
  problem: CALENDAR_YEAR_PROBLEM,
  schema: { type: 'integer', minimum: CALENDAR_YEARS.first, maximum: CALENDAR_YEARS.last },
  parse: (text) => (/^[0-9]{4}$/.test(text) && isCalendarYear(Number(text)) ? Number(text) : undefined),
};

export const BACKEND_SERVICE: PathParamKind<BackendServiceName> = {
  problem: `must be one of ${BACKEND_SERVICE_NAMES.join(', ')}`,
  schema: { type: 'string', enum: [...BACKEND_SERVICE_NAMES] },
  parse: (text) => BACKEND_SERVICE_NAMES.find((name) => name === text),
};
