import {
  InvalidDomainInputError,
  RegulationViolationError,
  StateConflictError,
  UnusableCommandError,
} from '../errors/domain-error';
import { coordinationOf, coordinationVia } from './coordination';
import { reviewReturn, unitsLeftOutByReturns } from './return-review';
import type { RoutingUnit } from './routing-types';
import {
  assertDispatchNamesUnits,
  assertSuggestionFound,
  assertUsableUnitChoice,
  choiceOfSuggestion,
} from './unit-choice';

const unit = (id: string, extra: Partial<RoutingUnit> = {}): RoutingUnit => ({
  id,
  name: id,
  kind: 'municipal',
  areas: ['湘潭市'],
  categories: [],
  emergencyCategories: [],
  active: true,
  ...extra,
});
const UNITS = [
  unit('xt-wjw', { name: '市卫生健康委员会', emergencyCategories: ['public-health'] }),
  unit('xt-cgj', { name: '市城市管理和综合执法局' }),
  unit('xt-old', { active: false }),
];

describe('reviewing a return (R16.3)', () => {
  const pending = { id: 'wo-1:7', unitId: 'xt-yuhu', decision: null };

  it('R16.3 approved: duty is re-determined, and the unit that returned it is left out of the re-dispatch', () => {
    expect(reviewReturn(pending, { approve: true })).toEqual({
      step: 'approve-return',
      decision: 'approved',
      excludeUnitIds: ['xt-yuhu'],
    });
    expect(reviewReturn(pending, { approve: true, leadUnitId: 'xt-cgj' }).step).toBe('approve-return');
  });

  it('R16.3 approved: the unit that returned it cannot be named its lead unit again (422 naming R16.3 and leadUnitId)', () => {
    const refusal = (() => {
      try {
        reviewReturn(pending, { approve: true, leadUnitId: 'xt-yuhu' });
      } catch (error) {
        return error;
      }
    })();
    expect(refusal).toBeInstanceOf(RegulationViolationError);
    expect(refusal).toMatchObject({
      httpStatus: 422,
      requirement: 'R16.3',
      message: 'R16.3: duty is re-determined; xt-yuhu returned it and cannot be its lead unit again',
      details: { requirement: 'R16.3', field: 'leadUnitId' },
    });
  });

  it('R16.3 rejected: the unit goes on handling it, whoever the reviewer named', () => {
    expect(reviewReturn(pending, { approve: false, leadUnitId: 'xt-yuhu' })).toEqual({
      step: 'reject-return',
      decision: 'rejected',
      excludeUnitIds: [],
    });
  });

  it('R16.3 a return request is decided once (409 after)', () => {
    expect(() => reviewReturn({ ...pending, decision: 'approved' }, { approve: false })).toThrow(
      new StateConflictError('return request wo-1:7 was already approved'),
    );
  });

  it('R16.3 routing leaves out every unit whose return was approved, once each', () => {
    expect(unitsLeftOutByReturns(['xt-yuhu', 'xt-cgj', 'xt-yuhu'], ['xt-cgj', 'xt-water'])).toEqual([
      'xt-yuhu',
      'xt-cgj',
      'xt-water',
    ]);
  });
});

describe('choosing the units of a dispatch (R15.3–R15.5)', () => {
  it('R15.3 names the lead unit or asks for the suggestion (400)', () => {
    expect(() => assertDispatchNamesUnits({ useSuggestion: true })).not.toThrow();
    expect(() => assertDispatchNamesUnits({ leadUnitId: 'xt-cgj' })).not.toThrow();
    expect(() => assertDispatchNamesUnits({ useSuggestion: false })).toThrow(InvalidDomainInputError);
  });

  it('R15.3 refuses units that are not active units of the directory, naming each (422)', () => {
    expect(() => assertUsableUnitChoice({ leadUnitId: 'xt-old', coUnitIds: ['xt-cgj', 'xt-nowhere'] }, UNITS)).toThrow(
      new UnusableCommandError(
        "leadUnitId: no active unit 'xt-old' in the directory; coUnitIds.1: no active unit 'xt-nowhere' in the directory",
      ),
    );
    expect(() => assertUsableUnitChoice({ leadUnitId: 'xt-cgj', coUnitIds: [] }, UNITS)).not.toThrow();
  });

  it('R15.4 sends an emergency only to the unit the regulation names', () => {
    expect(() =>
      assertUsableUnitChoice({ leadUnitId: 'xt-wjw', coUnitIds: [], emergencyCategory: 'public-health' }, UNITS),
    ).not.toThrow();
    expect(() =>
      assertUsableUnitChoice({ leadUnitId: 'xt-cgj', coUnitIds: [], emergencyCategory: 'public-health' }, UNITS),
    ).toThrow(
      expect.objectContaining({
        requirement: 'R15.4',
        message: expect.stringMatching(/^R15\.4: .+ not to 市城市管理和综合执法局$/),
      }),
    );
  });

  it('R15.3 follows a suggestion with its basis, or refuses to when routing found none', () => {
    const suggestion = {
      found: true,
      leadUnitId: 'xt-cgj',
      coUnitIds: ['xt-wjw'],
      direct: false,
      basis: { kind: 'unit-duty', requirement: 'R15.3', matched: ['路灯'] },
      explanation: '路灯',
    } as const;
    expect(choiceOfSuggestion(suggestion, { coUnitIds: [], extraBasis: { returnId: 'r' } })).toEqual({
      leadUnitId: 'xt-cgj',
      coUnitIds: [],
      basis: {
        source: 'suggestion',
        kind: 'unit-duty',
        requirement: 'R15.3',
        matched: ['路灯'],
        explanation: '路灯',
        returnId: 'r',
      },
    });
    expect(() => assertSuggestionFound({ found: false, candidates: [], explanation: 'nothing matched' })).toThrow(
      new UnusableCommandError('no routing suggestion: nothing matched; name leadUnitId'),
    );
  });
});

describe('difficult matters (R21.1)', () => {
  it('R21.1 an assignment names the unit; an escalation needs none', () => {
    expect(coordinationOf({ action: 'assign', leadUnitId: 'xt-cgj' })).toEqual({
      action: 'assign',
      leadUnitId: 'xt-cgj',
    });
    expect(coordinationOf({ action: 'escalate', leadUnitId: 'xt-cgj' })).toEqual({ action: 'escalate' });
    expect(() => coordinationOf({ action: 'assign' })).toThrow(InvalidDomainInputError);
  });

  it('R21.1 the city government names the unit once the office escalated it', () => {
    expect(coordinationVia('escalated')).toBe('city-government-coordination');
    expect(coordinationVia('awaiting-dispatch')).toBe('office-coordination');
  });
});
