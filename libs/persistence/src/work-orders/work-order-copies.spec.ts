import { DataSource, EntityManager } from 'typeorm';
import { WorkOrderCopies } from './work-order-copies';
import { WorkOrderStates } from './work-order-states';

type Snapshot = { id: string; version: number; bad?: boolean };

/**
 * Copies in memory, written as Postgres writes `followAll`'s one statement: all or nothing, refusing a work order
 * twice in one statement, and only over an older version. A transaction is held open until released.
 */
function copiesInMemory() {
  const versions = new Map<string, number>();
  const statements: string[][] = [];
  let held = Promise.resolve();
  let release: () => void = () => undefined;
  const states = {
    async followAll(_manager: EntityManager, snapshots: Array<{ snapshot: Snapshot }>): Promise<string[]> {
      const ids = snapshots.map(({ snapshot }) => snapshot.id);
      statements.push(ids);
      if (new Set(ids).size < ids.length)
        throw new Error('ON CONFLICT DO UPDATE command cannot affect row a second time');
      if (snapshots.some(({ snapshot }) => snapshot.bad)) throw new Error('refused');
      const newer = snapshots.filter(({ snapshot }) => (versions.get(snapshot.id) ?? 0) < snapshot.version);
      newer.forEach(({ snapshot }) => versions.set(snapshot.id, snapshot.version));
      return newer.map(({ snapshot }) => snapshot.id.toLowerCase());
    },
  };
  const dataSource = {
    async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
      await held;
      return work({} as EntityManager);
    },
  };
  const copies = new WorkOrderCopies(dataSource as unknown as DataSource, states as unknown as WorkOrderStates);
  return {
    versions,
    statements,
    follow: (snapshot: Snapshot) => copies.follow(snapshot, new Date('2026-03-02T02:00:00.000Z')),
    hold: () => void (held = new Promise<void>((resolve) => (release = resolve))),
    release: () => release(),
  };
}

describe('WorkOrderCopies', () => {
  it('writes the snapshots of events handled together with one statement, each answered whether it was newer', async () => {
    const copies = copiesInMemory();
    copies.hold();
    const first = copies.follow({ id: 'wo-1', version: 1 });
    const together = [copies.follow({ id: 'wo-2', version: 2 }), copies.follow({ id: 'wo-3', version: 1 })];
    copies.release();
    expect([await first, ...(await Promise.all(together))]).toEqual([true, true, true]);
    expect(copies.statements).toEqual([['wo-1'], ['wo-2', 'wo-3']]);
  });

  it('writes an event redelivered into the same batch once: the second delivery is answered false', async () => {
    const copies = copiesInMemory();
    copies.hold();
    const first = copies.follow({ id: 'wo-0', version: 1 });
    const twice = [copies.follow({ id: 'wo-1', version: 2 }), copies.follow({ id: 'wo-1', version: 2 })];
    copies.release();
    await first;
    expect(await Promise.all(twice)).toEqual([true, false]);
    expect(copies.statements).toEqual([['wo-0'], ['wo-1']]);
    expect(await copies.follow({ id: 'wo-1', version: 2 })).toBe(false);
  });

  it('keeps the newer version when an older one comes after it, in the same batch or a later one', async () => {
    const copies = copiesInMemory();
    copies.hold();
    const first = copies.follow({ id: 'wo-0', version: 1 });
    const batch = [copies.follow({ id: 'wo-1', version: 3 }), copies.follow({ id: 'wo-1', version: 2 })];
    copies.release();
    await first;
    expect(await Promise.all(batch)).toEqual([true, false]);
    expect(await copies.follow({ id: 'wo-1', version: 1 })).toBe(false);
    expect(copies.versions.get('wo-1')).toBe(3);
  });

  it('takes the highest version of a batch whatever its place in the batch', async () => {
    const copies = copiesInMemory();
    copies.hold();
    const first = copies.follow({ id: 'wo-0', version: 1 });
    const batch = [copies.follow({ id: 'wo-1', version: 2 }), copies.follow({ id: 'wo-1', version: 4 })];
    copies.release();
    await first;
    expect(await Promise.all(batch)).toEqual([false, true]);
    expect(copies.versions.get('wo-1')).toBe(4);
  });

  it('writes a failed batch again one event at a time: only the bad snapshot fails', async () => {
    const copies = copiesInMemory();
    copies.hold();
    const first = copies.follow({ id: 'wo-0', version: 1 });
    const batch = [
      copies.follow({ id: 'wo-1', version: 2 }),
      copies.follow({ id: 'wo-2', version: 2, bad: true }),
      copies.follow({ id: 'wo-3', version: 2 }),
    ].map((answer) =>
      answer.then(
        (newer) => ({ newer }),
        (error: Error) => ({ error: error.message }),
      ),
    );
    copies.release();
    await first;
    expect(await Promise.all(batch)).toEqual([{ newer: true }, { error: 'refused' }, { newer: true }]);
    expect(copies.statements).toEqual([['wo-0'], ['wo-1', 'wo-2', 'wo-3'], ['wo-1'], ['wo-2'], ['wo-3']]);
    expect([...copies.versions.keys()].sort()).toEqual(['wo-0', 'wo-1', 'wo-3']);
  });
});
