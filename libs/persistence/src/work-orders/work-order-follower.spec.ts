import { WorkOrderStepEvents } from '@hotline/contracts';
import { EntityManager } from 'typeorm';
import { Inbox } from '../inbox/inbox';
import { WorkOrderCopies } from './work-order-copies';
import { EVERY_STEP_SUBJECT, stepSubjects, WorkOrderFollower, WorkOrderSnapshotEvent } from './work-order-follower';
import { WorkOrderStates } from './work-order-states';

/** The inbox and the copies in memory: an event once per consumer, a snapshot only over an older version. */
class InMemoryInbox {
  readonly seen = new Set<string>();
  async handleOnce<T>(consumer: string, eventId: string, effect: (manager: EntityManager) => Promise<T>) {
    if (this.seen.has(`${consumer}/${eventId}`)) return { applied: false as const };
    this.seen.add(`${consumer}/${eventId}`);
    return { applied: true as const, result: await effect({} as EntityManager) };
  }
}

class InMemoryStates {
  readonly versions = new Map<string, number>();
  /** the work orders whose newer copies were reported committed (hand-over waits look again) */
  readonly committed: string[] = [];
  copiesCommitted(ids: readonly string[]): void {
    this.committed.push(...ids);
  }
  async follow(_manager: EntityManager, snapshot: Record<string, unknown>): Promise<boolean> {
    const id = String(snapshot['id']);
    const version = Number(snapshot['version']);
    if ((this.versions.get(id) ?? 0) >= version) return false;
    this.versions.set(id, version);
    return true;
  }
}

/** The copy-only path: the version alone, no inbox. */
class InMemoryCopies {
  constructor(private readonly states: InMemoryStates) {}
  follow(snapshot: Record<string, unknown>): Promise<boolean> {
    return this.states.follow({} as EntityManager, snapshot);
  }
}

const event = (id: string, version: number | null): WorkOrderSnapshotEvent => ({
  id,
  occurredAt: '2026-03-02T02:00:00.000Z',
  payload: { state: version === null ? null : { id: 'wo-1', version } },
});

describe('WorkOrderFollower', () => {
  let inbox: InMemoryInbox;
  let states: InMemoryStates;
  let follower: WorkOrderFollower;
  const added: Array<{ event: string; newer: boolean }> = [];
  const adds = (id: string) => async (_manager: EntityManager, newer: boolean) => void added.push({ event: id, newer });

  beforeEach(() => {
    inbox = new InMemoryInbox();
    states = new InMemoryStates();
    follower = new WorkOrderFollower(
      inbox as unknown as Inbox,
      states as unknown as WorkOrderStates,
      new InMemoryCopies(states) as unknown as WorkOrderCopies,
    );
    added.length = 0;
  });

  it('takes a newer snapshot and runs what the service adds, told that it was newer', async () => {
    expect(await follower.follow('dispatch__signed', event('e1', 2), adds('e1'))).toBe(true);
    expect(states.versions.get('wo-1')).toBe(2);
    expect(added).toEqual([{ event: 'e1', newer: true }]);
    expect(states.committed).toEqual(['wo-1']);
  });

  it('handles a redelivered event once: the second delivery does nothing', async () => {
    await follower.follow('dispatch__signed', event('e1', 2), adds('e1'));
    expect(await follower.follow('dispatch__signed', event('e1', 2), adds('e1'))).toBe(false);
    expect(added).toHaveLength(1);
    expect(states.committed).toEqual(['wo-1']);
  });

  it('keeps the newer copy when an older version arrives late, and still runs the addition once', async () => {
    await follower.follow('handling__assigned', event('e2', 3));
    await follower.follow('handling__signed', event('e1', 2), adds('e1'));
    expect(states.versions.get('wo-1')).toBe(3);
    expect(added).toEqual([{ event: 'e1', newer: false }]);
  });

  it('follows a copy-only event without an inbox entry, answering whether its snapshot was newer', async () => {
    expect(await follower.follow('handling__assigned', event('e2', 3))).toBe(true);
    expect(await follower.follow('handling__assigned', event('e2', 3))).toBe(false);
    expect(await follower.follow('handling__signed', event('e1', 2))).toBe(false);
    expect(states.versions.get('wo-1')).toBe(3);
    expect(inbox.seen.size).toBe(0);
  });

  it('an event without a snapshot changes no copy', async () => {
    await follower.follow('callbacks__closed', event('e1', null), adds('e1'));
    expect(states.versions.size).toBe(0);
    expect(added).toEqual([{ event: 'e1', newer: false }]);
    expect(await follower.follow('callbacks__closed', event('e3', null))).toBe(false);
    expect(inbox.seen.size).toBe(1);
  });
});

describe('step subjects', () => {
  it('declares the followed steps by the contracts’ names, and every step at once', () => {
    expect(stepSubjects('sign', 'deem-signed')).toEqual([
      WorkOrderStepEvents.sign.subject,
      WorkOrderStepEvents['deem-signed'].subject,
    ]);
    expect(EVERY_STEP_SUBJECT).toContain(WorkOrderStepEvents['close-unsatisfied'].subject);
    expect(new Set(EVERY_STEP_SUBJECT).size).toBe(Object.keys(WorkOrderStepEvents).length);
  });
});
