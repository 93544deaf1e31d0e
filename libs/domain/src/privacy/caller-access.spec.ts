import { ACTORS, workOrderIn } from '../../test/work-order-fixtures';
import {
  ANONYMOUS_CALLER_REFUSAL,
  decideCallerRead,
  decideContactRequest,
  publicMatterOf,
  receivesIntakeAssist,
  showsMaskedCaller,
} from './caller-access';

const NAMED = { anonymous: false };
const ANONYMOUS = { anonymous: true };

describe('who reads which caller (R14.3, R18.1)', () => {
  const { order } = workOrderIn('handling'); // lead LEAD_UNIT, co OTHER_UNIT
  const elsewhere = { role: 'unit', id: 'u-9', unitId: 'unit-elsewhere' } as const;

  it('R14.3 R18.1 gives the lead and co units a named caller in clear when they give a reason', () => {
    expect(decideCallerRead(ACTORS.unit, order, NAMED, '联系来电人核实情况')).toEqual({ kind: 'clear' });
    expect(decideCallerRead(ACTORS.otherUnit, order, NAMED, '会同单位联系来电人')).toEqual({ kind: 'clear' });
  });

  it('R14.3 shows an assigned unit that gives no reason the masked caller only, as the view does', () => {
    expect(decideCallerRead(ACTORS.unit, order, NAMED, undefined)).toEqual({ kind: 'masked' });
    expect(decideCallerRead(ACTORS.unit, order, NAMED, '   ')).toEqual({ kind: 'masked' });
  });

  it('R14.3 hides an anonymous caller from every unit, telling it to ask the centre to relay', () => {
    for (const reason of ['联系来电人', undefined]) {
      expect(decideCallerRead(ACTORS.unit, order, ANONYMOUS, reason)).toEqual({
        kind: 'refused',
        refusal: 'anonymous',
        why: ANONYMOUS_CALLER_REFUSAL,
      });
    }
    expect(ANONYMOUS_CALLER_REFUSAL).toContain('contact-requests');
  });

  it('R14.3 refuses a unit that is neither lead nor co of the work order, and any unit before dispatch', () => {
    expect(decideCallerRead(elsewhere, order, NAMED, '联系')).toMatchObject({ kind: 'refused', refusal: 'forbidden' });
    expect(decideCallerRead(ACTORS.unit, workOrderIn('awaiting-dispatch').order, NAMED, '联系')).toMatchObject({
      kind: 'refused',
      refusal: 'forbidden',
    });
    expect(decideCallerRead({ role: 'unit', id: 'u-0' }, order, NAMED, '联系')).toMatchObject({
      kind: 'refused',
      refusal: 'forbidden',
    });
  });

  it('R14.3 lets operators, reviewers and supervisors read any caller, anonymous ones included, with a reason', () => {
    for (const actor of [ACTORS.operator, ACTORS.reviewer, ACTORS.supervisor]) {
      expect(decideCallerRead(actor, order, ANONYMOUS, '转达单位联系请求')).toEqual({ kind: 'clear' });
      expect(decideCallerRead(actor, workOrderIn('awaiting-dispatch').order, NAMED, '核实')).toEqual({ kind: 'clear' });
      expect(decideCallerRead(actor, order, NAMED, undefined)).toMatchObject({
        kind: 'refused',
        refusal: 'reason-required',
      });
    }
  });

  it('R14.3 never lets admins or partners read a caller', () => {
    for (const actor of [ACTORS.admin, ACTORS.partner, ACTORS.system]) {
      expect(decideCallerRead(actor, order, NAMED, '查看')).toMatchObject({ kind: 'refused', refusal: 'forbidden' });
    }
  });
});

describe('what the work-order view shows of the caller (R14.3)', () => {
  const { order } = workOrderIn('handling');

  it('R14.3 shows centre staff and the assigned units of a named caller the masked caller', () => {
    for (const actor of [ACTORS.operator, ACTORS.reviewer, ACTORS.supervisor, ACTORS.unit, ACTORS.otherUnit])
      expect(showsMaskedCaller(actor, order, NAMED)).toBe(true);
  });

  it('R14.3 shows units nothing of an anonymous caller, and admins, partners and other units nothing at all', () => {
    expect(showsMaskedCaller(ACTORS.unit, order, ANONYMOUS)).toBe(false);
    expect(showsMaskedCaller(ACTORS.operator, order, ANONYMOUS)).toBe(true);
    for (const actor of [ACTORS.admin, ACTORS.partner, { role: 'unit', id: 'u-9', unitId: 'unit-elsewhere' } as const])
      expect(showsMaskedCaller(actor, order, NAMED)).toBe(false);
  });
});

describe('who asks the centre to relay a contact (R14.3, R18.1)', () => {
  const { order } = workOrderIn('handling');

  it('R14.3 R18.1 lets the lead and co units ask for an anonymous caller', () => {
    expect(decideContactRequest(ACTORS.unit, order, ANONYMOUS)).toEqual({ allowed: true });
    expect(decideContactRequest(ACTORS.otherUnit, order, ANONYMOUS)).toEqual({ allowed: true });
  });

  it('R14.3 refuses other units (403) and a named caller, whom the unit contacts itself (422)', () => {
    expect(decideContactRequest({ role: 'unit', id: 'u-9', unitId: 'unit-elsewhere' }, order, ANONYMOUS)).toMatchObject(
      { allowed: false, status: 403 },
    );
    expect(decideContactRequest(ACTORS.operator, order, ANONYMOUS)).toMatchObject({ allowed: false, status: 403 });
    expect(decideContactRequest(ACTORS.unit, order, NAMED)).toMatchObject({
      allowed: false,
      status: 422,
      why: expect.stringContaining('R14.3'),
    });
  });
});

describe("the operator's assist (R13.2, R14.3)", () => {
  it("R14.3 goes to the operator only: a partner line never learns a caller's earlier work orders", () => {
    expect(receivesIntakeAssist(ACTORS.operator)).toBe(true);
    expect(receivesIntakeAssist(ACTORS.partner)).toBe(false);
    expect(receivesIntakeAssist(ACTORS.unit)).toBe(false);
  });
});

describe('the matter on a public channel (R14.3)', () => {
  const request = {
    content: '我家楼下餐馆油烟扰民',
    location: { district: '雨湖区', street: '城正街街道', address: '雨湖区城正街12号' },
  };

  it("R14.3 shows a named caller's words and place, an anonymous caller's district alone", () => {
    expect(publicMatterOf({ ...request, anonymous: false })).toEqual({
      description: request.content,
      place: '雨湖区城正街12号',
      coordinates: true,
    });
    expect(publicMatterOf({ ...request, anonymous: true })).toEqual({
      description: null,
      place: '雨湖区',
      coordinates: false,
    });
    expect(publicMatterOf({ ...request, anonymous: true, location: null })).toEqual({
      description: null,
      place: null,
      coordinates: false,
    });
  });
});
