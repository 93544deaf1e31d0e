import {
  isFinishedTransfer,
  isNewerThanReported,
  mayBeHandedOverByPartner,
  PARTNER_REPORTED_STEPS,
  partnerProgressOf,
  partnerSilentTooLong,
  transferRetryDelayMs,
} from './transfers';
import { WORK_ORDER_EVENTS } from '../lifecycle/work-order-events';

describe('transfers out (R10.1)', () => {
  it('R10.1 sends again with a doubling back-off up to the maximum, never giving up', () => {
    expect([1, 2, 3, 4, 5, 6, 100].map((attempts) => transferRetryDelayMs(attempts, 10_000))).toEqual([
      1000, 2000, 4000, 8000, 10_000, 10_000, 10_000,
    ]);
  });

  it('R10.1 counts the partner silent from the first send, in seconds for the emergency lines', () => {
    const sent = new Date('2026-12-01T08:00:00Z');
    expect(partnerSilentTooLong(sent, new Date('2026-12-01T08:00:29Z'), 30)).toBe(false);
    expect(partnerSilentTooLong(sent, new Date('2026-12-01T08:00:30Z'), 30)).toBe(true);
  });

  it('R10.1 keeps a transfer the partner completed or cancelled finished, whatever answer comes after', () => {
    expect(isFinishedTransfer('completed')).toBe(true);
    expect(isFinishedTransfer('cancelled')).toBe(true);
    for (const status of ['sent', 'received', 'accepted', 'rejected', 'in-progress', 'unrouted'])
      expect(isFinishedTransfer(status)).toBe(false);
  });

  it('R10.1 looks for a hand-over only behind work orders a partner recorded', () => {
    expect(mayBeHandedOverByPartner({ channel: 'partner' })).toBe(true);
    for (const channel of ['phone', 'web', 'app', 'open311', undefined])
      expect(mayBeHandedOverByPartner({ channel })).toBe(false);
  });

  it('R10.1 reports back to the partner the dispatch, the signing (done or deemed), the reply and the call-back, nothing else', () => {
    const reported = Object.fromEntries(
      WORK_ORDER_EVENTS.flatMap((step) => {
        const progress = partnerProgressOf(step);
        return progress ? [[step, progress]] : [];
      }),
    );
    expect(reported).toEqual({
      dispatch: 'dispatched',
      'assign-by-coordination': 'dispatched',
      sign: 'in-progress',
      'deem-signed': 'in-progress',
      'submit-reply': 'replied',
      'record-callback': 'called-back',
    });
    expect([...PARTNER_REPORTED_STEPS].sort()).toEqual(Object.keys(reported).sort());
    expect(partnerProgressOf('toString')).toBeUndefined();
  });

  describe("R10.1 the partner's status never goes backwards", () => {
    const at = new Date('2026-12-02T09:00:00Z');
    const earlier = new Date('2026-12-02T08:59:59Z');

    it('R10.1 reports the first step of a hand-over', () => {
      expect(isNewerThanReported({ version: 3, at }, { version: null, at: null })).toBe(true);
    });

    it("R10.1 reports only a step newer than the last one heard, by the work order's version", () => {
      const last = { version: 5, at };
      expect(isNewerThanReported({ version: 6, at }, last)).toBe(true);
      expect(isNewerThanReported({ version: 5, at }, last)).toBe(false);
      // a late "signed" after "replied", whatever its time says
      expect(isNewerThanReported({ version: 4, at: new Date('2026-12-03T00:00:00Z') }, last)).toBe(false);
    });

    it('R10.1 a hand-over kept before versions were recorded hears only the steps after that time', () => {
      const last = { version: null, at };
      expect(isNewerThanReported({ version: 9, at: earlier }, last)).toBe(false);
      expect(isNewerThanReported({ version: 9, at }, last)).toBe(false);
      expect(isNewerThanReported({ version: 9, at: new Date('2026-12-02T09:00:01Z') }, last)).toBe(true);
    });
  });
});
