import { RegulationViolationError } from '../errors/domain-error';
import { assertDutyFits, type Duty, dutyConflicts, onDutyOf } from './duty-roster';

const WORKING = { working: true };
const HOLIDAY = { working: false };
const leader = (person: string, from?: string, until?: string): Duty => ({
  kind: 'leader-answering',
  date: '2026-12-01',
  person,
  ...(from ? { from } : {}),
  ...(until ? { until } : {}),
});
const rotation = (person: string, unitId: string, date = '2026-12-01'): Duty => ({
  kind: 'unit-rotation',
  date,
  person,
  unitId,
});

describe('the duty roster of Art. 11 (领导接听日, 部门负责人轮值日)', () => {
  it('R11.1 schedules a leader’s answering slot and unit heads’ rotations on one working day', () => {
    const day = [leader('副市长 王某', '09:00', '11:00'), rotation('局长 李某', 'xt-cgj')];
    expect(dutyConflicts(leader('副市长 赵某', '14:30', '17:00'), day, WORKING)).toEqual([]);
    expect(dutyConflicts(rotation('区长 周某', 'xt-yuhu'), day, WORKING)).toEqual([]);
    expect(() => assertDutyFits(rotation('区长 周某', 'xt-yuhu'), day, WORKING)).not.toThrow();
  });

  it('R11.1 refuses the same person twice on the same day (422)', () => {
    const day = [leader('副市长 王某', '09:00', '11:00')];
    expect(dutyConflicts(leader('副市长  王某', '14:00', '16:00'), day, WORKING)).toEqual([
      '副市长  王某 is already on the roster of 2026-12-01',
    ]);
    expect(() => assertDutyFits(rotation('副市长 王某', 'xt-cgj'), day, WORKING)).toThrow(RegulationViolationError);
  });

  it('R11.1 refuses two leaders’ answering slots that overlap, and accepts slots that only touch', () => {
    const day = [leader('副市长 王某', '09:00', '11:00')];
    expect(dutyConflicts(leader('副市长 赵某', '10:30', '12:00'), day, WORKING)).toEqual([
      '副市长 王某 already answers at the hotline in that time of 2026-12-01',
    ]);
    expect(dutyConflicts(leader('副市长 赵某'), day, WORKING)).toHaveLength(1); // the whole day covers 09–11
    expect(dutyConflicts(leader('副市长 赵某', '11:00', '12:00'), day, WORKING)).toEqual([]);
    expect(
      dutyConflicts(leader('副市长 赵某', '09:00', '11:00'), [{ ...day[0], date: '2026-12-02' }], WORKING),
    ).toEqual([]);
  });

  it('R11.1 refuses a unit head’s rotation on a day that is not a working day, and a unit twice a day', () => {
    expect(dutyConflicts(rotation('局长 李某', 'xt-cgj', '2026-10-01'), [], HOLIDAY)).toEqual([
      "2026-10-01 is not a working day: a unit head's rotation (轮值日) falls on working days",
    ]);
    expect(dutyConflicts(rotation('副局长 孙某', 'xt-cgj'), [rotation('局长 李某', 'xt-cgj')], WORKING)).toEqual([
      'unit xt-cgj already has its head on rotation on 2026-12-01',
    ]);
  });

  it('R11.1 takes each kind as Art. 11 names it: a rotation names its unit, a city leader none; slots are whole', () => {
    expect(dutyConflicts({ kind: 'unit-rotation', date: '2026-12-01', person: '局长 李某' }, [], WORKING)).toHaveLength(
      1,
    );
    expect(dutyConflicts({ ...leader('副市长 王某'), unitId: 'xt-cgj' }, [], WORKING)).toHaveLength(1);
    expect(dutyConflicts(leader('副市长 王某', '11:00', '09:00'), [], WORKING)).toEqual([
      'the slot 11:00–09:00 ends before it starts',
    ]);
    expect(dutyConflicts({ ...leader('副市长 王某'), from: '09:00' }, [], WORKING)).toHaveLength(1);
  });

  it('R11.1 carries every problem in the 422’s details', () => {
    try {
      assertDutyFits(
        rotation('局长 李某', 'xt-cgj', '2026-10-01'),
        [rotation('局长 李某', 'xt-cgj', '2026-10-01')],
        HOLIDAY,
      );
      throw new Error('not refused');
    } catch (error) {
      expect(error).toBeInstanceOf(RegulationViolationError);
      expect((error as RegulationViolationError).httpStatus).toBe(422);
      expect((error as RegulationViolationError).details.problems).toHaveLength(3);
    }
  });

  it('R11.1 shows who is on duty on a day: leaders by their slot, then the rotations', () => {
    const roster = [
      leader('副市长 赵某', '14:00', '16:00'),
      rotation('局长 李某', 'xt-cgj'),
      leader('副市长 王某', '09:00', '11:00'),
      rotation('局长 钱某', 'xt-zjj', '2026-12-02'),
    ];
    const duty = onDutyOf('2026-12-01', roster);
    expect(duty.leaders.map((entry) => entry.person)).toEqual(['副市长 王某', '副市长 赵某']);
    expect(duty.rotations.map((entry) => entry.person)).toEqual(['局长 李某']);
  });
});
