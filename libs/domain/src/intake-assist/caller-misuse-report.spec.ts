import { InvalidDomainInputError, RegulationViolationError, StateConflictError } from '../errors/domain-error';
import { checkMisuseReport, isCallerMisuseKind, NO_CALLER_KEY_REFUSAL } from './caller-misuse-report';

describe('an operator’s misuse report on a request (R27.1)', () => {
  const keyed = { callerKey: 'a'.repeat(64), flaggedKinds: [] };

  it('R27.1 keeps abuse and threats with a note, under the caller key', () => {
    expect(() => checkMisuseReport({ kind: 'abuse', note: '辱骂接线员' }, keyed)).not.toThrow();
    expect(() => checkMisuseReport({ kind: 'threat', note: '扬言报复' }, keyed)).not.toThrow();
  });

  it('R27.1 keeps long occupation from the threshold on, and refuses a shorter call with 422', () => {
    expect(() =>
      checkMisuseReport({ kind: 'long-occupation', note: '占线', durationSeconds: 20 * 60 }, keyed),
    ).not.toThrow();
    const short = () =>
      checkMisuseReport({ kind: 'long-occupation', note: '占线', durationSeconds: 20 * 60 - 1 }, keyed);
    expect(short).toThrow(RegulationViolationError);
    expect(short).toThrow(/R27\.1: durationSeconds/);
    expect(() =>
      checkMisuseReport({ kind: 'long-occupation', note: '占线', durationSeconds: 9 * 60 }, keyed, 10),
    ).toThrow(RegulationViolationError);
    expect(() =>
      checkMisuseReport({ kind: 'long-occupation', note: '占线', durationSeconds: 10 * 60 }, keyed, 10),
    ).not.toThrow();
  });

  it('R27.1 asks a duration of long occupation and of nothing else (400 naming durationSeconds)', () => {
    const missing = () => checkMisuseReport({ kind: 'long-occupation', note: '占线' }, keyed);
    expect(missing).toThrow(InvalidDomainInputError);
    expect(missing).toThrow(/durationSeconds/);
    const extra = () => checkMisuseReport({ kind: 'abuse', note: '辱骂', durationSeconds: 3600 }, keyed);
    expect(extra).toThrow(InvalidDomainInputError);
    expect(extra).toThrow(/durationSeconds/);
  });

  it('R27.1 keeps no flag for a caller without a phone: no key to recognise the next call by (422)', () => {
    const anonymous = () => checkMisuseReport({ kind: 'abuse', note: '辱骂' }, { callerKey: null, flaggedKinds: [] });
    expect(anonymous).toThrow(RegulationViolationError);
    expect(anonymous).toThrow(NO_CALLER_KEY_REFUSAL);
  });

  it('R27.1 refuses a second flag of the same kind on one request (409), and takes another kind', () => {
    const flagged = { ...keyed, flaggedKinds: ['abuse', 'repeated-calls'] as const };
    expect(() => checkMisuseReport({ kind: 'abuse', note: '再次辱骂' }, flagged)).toThrow(StateConflictError);
    expect(() => checkMisuseReport({ kind: 'threat', note: '威胁' }, flagged)).not.toThrow();
  });

  it('R27.1 names the four kinds of Art. 27 the platform keeps', () => {
    expect(['repeated-calls', 'abuse', 'threat', 'long-occupation'].every(isCallerMisuseKind)).toBe(true);
    expect(isCallerMisuseKind('slander')).toBe(false);
  });
});
