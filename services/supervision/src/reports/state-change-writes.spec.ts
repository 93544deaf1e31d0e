import type { ReportStateChange } from '@hotline/domain';
import { stateChangeWrites } from './state-change-writes';

const change = (eventId: string, version: number, extra: Partial<ReportStateChange> = {}): ReportStateChange => ({
  eventId,
  workOrderId: 'wo-1',
  version,
  step: 'sign',
  fromStatus: 'dispatched',
  toStatus: 'handling',
  at: new Date(`2026-10-0${version}T01:00:00Z`),
  unitId: 'xt-cgj',
  late: false,
  workingDays: 0.5,
  satisfaction: null,
  contacted: null,
  excluded: false,
  ...extra,
});

describe('the report model writes only what a fold changes (R24.1)', () => {
  it('R24.1 a new step adds its row and rewrites none of the earlier ones', () => {
    const stored = [change('e1', 1), change('e2', 2)];
    const folded = [change('e1', 1), change('e2', 2), change('e3', 3)];
    expect(stateChangeWrites(stored, folded)).toEqual({ remove: [], upsert: [change('e3', 3)] });
  });

  it('R20.3 R24.1 an approved appeal rewrites the callback it excludes, and only that row', () => {
    const callback = change('e4', 4, { step: 'record-callback', satisfaction: 'unsatisfied' });
    const stored = [change('e1', 1), callback];
    const folded = [change('e1', 1), { ...callback, excluded: true }, change('e5', 5, { step: 'approve-appeal' })];
    expect(stateChangeWrites(stored, folded).upsert.map((row) => [row.eventId, row.excluded])).toEqual([
      ['e4', true],
      ['e5', false],
    ]);
  });

  it('R24.1 a row the fold no longer has is removed; a changed instant or unit is rewritten', () => {
    const stored = [change('e1', 1), change('e2', 2), change('e9', 9)];
    const folded = [change('e1', 1, { at: new Date('2026-10-01T02:00:00Z') }), change('e2', 2, { unitId: 'xt-yuhu' })];
    const writes = stateChangeWrites(stored, folded);
    expect(writes.remove).toEqual(['e9']);
    expect(writes.upsert.map((row) => row.eventId)).toEqual(['e1', 'e2']);
  });

  it('R24.1 the first fold of an order (a rebuild) writes every row', () => {
    const folded = [change('e1', 1), change('e2', 2)];
    expect(stateChangeWrites([], folded)).toEqual({ remove: [], upsert: folded });
  });
});
