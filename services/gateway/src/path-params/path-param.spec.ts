import { BadRequestException } from '@nestjs/common';
import { PathParamKind, PathParamPipe } from './path-param';
import {
  ARTICLE_ID,
  BACKEND_SERVICE,
  CALENDAR_YEAR,
  PARTNER_CODE,
  REQUEST_ID,
  UNIT_ID,
  UUID,
} from './path-param-kinds';

const WORK_ORDER_ID = '3f1c2a9e-8b7d-4c6e-9a5f-1d2e3b4c5a6f';

function refusalOf<T>(name: string, kind: PathParamKind<T>, text: string): unknown {
  try {
    new PathParamPipe(name, kind).transform(text);
  } catch (error) {
    expect(error).toBeInstanceOf(BadRequestException);
    return (error as BadRequestException).getResponse();
  }
  throw new Error(`${name}=${text} was accepted`);
}

describe('path parameters: checked before the route runs, refused as a body field is', () => {
  it('gives the route the value of each kind', () => {
    expect(new PathParamPipe('id', UUID).transform(WORK_ORDER_ID)).toBe(WORK_ORDER_ID);
    expect(new PathParamPipe('rid', REQUEST_ID).transform(`${WORK_ORDER_ID}:4`)).toBe(`${WORK_ORDER_ID}:4`);
    expect(new PathParamPipe('id', UNIT_ID).transform('xt-yuhu')).toBe('xt-yuhu');
    expect(new PathParamPipe('code', PARTNER_CODE).transform('110')).toBe('110');
    expect(new PathParamPipe('id', ARTICLE_ID).transform('kb-hpf-withdrawal')).toBe('kb-hpf-withdrawal');
    expect(new PathParamPipe('id', ARTICLE_ID).transform(WORK_ORDER_ID)).toBe(WORK_ORDER_ID);
    expect(new PathParamPipe('year', CALENDAR_YEAR).transform('2026')).toBe(2026);
    expect(new PathParamPipe('service', BACKEND_SERVICE).transform('handling')).toBe('handling');
  });

  it('answers 400 naming the parameter and what it must be, in the shape every other refusal has', () => {
    expect(refusalOf('cid', UUID, 'not-a-uuid')).toEqual({
      statusCode: 400,
      error: 'Bad Request',
      message: 'cid: must be a uuid',
      details: [{ field: 'cid', problems: ['must be a uuid'] }],
    });
  });

  it.each<[string, string, PathParamKind<unknown>]>([
    ['id', `${WORK_ORDER_ID}:4`, UUID],
    ['id', '', UUID],
    ['rid', WORK_ORDER_ID, REQUEST_ID],
    ['rid', `${WORK_ORDER_ID}:0`, REQUEST_ID],
    ['id', 'XT-YUHU', UNIT_ID],
    ['id', '../etc/passwd', UNIT_ID],
    ['code', '110 OR 1=1', PARTNER_CODE],
    ['id', '-kb', ARTICLE_ID],
    ['year', '2026abc', CALENDAR_YEAR],
    ['year', '-2026', CALENDAR_YEAR],
    ['year', '1e3', CALENDAR_YEAR],
    ['year', '1999', CALENDAR_YEAR],
    ['year', '2101', CALENDAR_YEAR],
    ['service', 'gateway', BACKEND_SERVICE],
    ['service', 'toString', BACKEND_SERVICE],
  ])('refuses %s=%j', (name, text, kind) => {
    expect(refusalOf(name, kind, text)).toMatchObject({ statusCode: 400, details: [{ field: name }] });
  });
});
