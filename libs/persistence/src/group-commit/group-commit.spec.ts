import { EntityManager } from 'typeorm';
import { GroupCommit, TransactionRunner } from './group-commit';

/** A transaction that records which items it saw and commits only when none of them is 'bad'. */
function recordingTransactions() {
  const committed: string[][] = [];
  let release: () => void = () => undefined;
  let held = Promise.resolve();
  const transaction: TransactionRunner = async (work) => {
    await held;
    return work({} as EntityManager);
  };
  const write = async (_manager: EntityManager, items: string[]) => {
    if (items.includes('bad')) throw new Error('refused');
    committed.push(items);
    return items.map((item) => item.toUpperCase());
  };
  const hold = (): void => {
    held = new Promise<void>((resolve) => (release = resolve));
  };
  return { committed, transaction, write, hold, release: () => release() };
}

describe('GroupCommit', () => {
  it('writes an item at once when nothing else is being written', async () => {
    const tx = recordingTransactions();
    const group = new GroupCommit(tx.transaction, tx.write);
    await expect(group.submit('a')).resolves.toBe('A');
    expect(tx.committed).toEqual([['a']]);
  });

  it('puts the items that arrive while a batch is written into one next transaction', async () => {
    const tx = recordingTransactions();
    tx.hold();
    const group = new GroupCommit(tx.transaction, tx.write);
    const answers = ['a', 'b', 'c', 'd'].map((item) => group.submit(item));
    tx.release();
    await expect(Promise.all(answers)).resolves.toEqual(['A', 'B', 'C', 'D']);
    expect(tx.committed).toEqual([['a'], ['b', 'c', 'd']]);
  });

  it('never puts more than the maximum into one transaction', async () => {
    const tx = recordingTransactions();
    tx.hold();
    const group = new GroupCommit(tx.transaction, tx.write, 2);
    const answers = ['a', 'b', 'c', 'd', 'e'].map((item) => group.submit(item));
    tx.release();
    await Promise.all(answers);
    expect(tx.committed).toEqual([['a'], ['b', 'c'], ['d', 'e']]);
  });

  it('fails only the bad item of a failed batch: the others are written one at a time', async () => {
    const tx = recordingTransactions();
    tx.hold();
    const group = new GroupCommit(tx.transaction, tx.write);
    const first = group.submit('a');
    const answers = ['b', 'bad', 'c'].map((item) =>
      group.submit(item).then(
        (value) => ({ value }),
        (error: Error) => ({ error: error.message }),
      ),
    );
    tx.release();
    await first;
    expect(await Promise.all(answers)).toEqual([{ value: 'B' }, { error: 'refused' }, { value: 'C' }]);
    expect(tx.committed).toEqual([['a'], ['b'], ['c']]);
  });

  it('refuses, inside the transaction, a writer that answers fewer results than items', async () => {
    const seen: string[][] = [];
    const group = new GroupCommit<string, string>(
      (work) => work({} as EntityManager),
      async (_m, items) => {
        seen.push(items);
        return [];
      },
    );
    await expect(group.submit('a')).rejects.toThrow('a batch of 1 answered 0 results');
    expect(seen).toEqual([['a']]);
  });
});
