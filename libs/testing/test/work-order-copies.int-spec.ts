import { Actor } from '@hotline/contracts';
import { OutboxWriter, WorkOrderCopies, WorkOrderStates } from '@hotline/persistence';
import { workOrderToJson } from '@hotline/domain';
import { workOrderJourney } from '../src';
import { spyStatementsOutsideTransactions, spyTransactions } from './fixtures/spy-transactions';
import { serviceDatabase } from './fixtures/service-database';

const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const LEAD: Actor = { kind: 'user', id: 'h-1', role: 'unit', unitId: 'xt-yuhu' };

/** Copy-only follows grouped into one statement that commits alone, without inbox rows (real Postgres). */
describe('WorkOrderCopies: snapshots followed together, each work order once per statement', () => {
  const database = serviceDatabase('copies', 'handling');
  let copies: WorkOrderCopies;
  const at = new Date();
  const versionOf = async (id: string) =>
    (await database.dataSource.query('SELECT version FROM handling.work_order_states WHERE id = $1', [id]))[0]
      ?.version as number;

  beforeAll(async () => {
    copies = new WorkOrderCopies(database.dataSource, new WorkOrderStates(new OutboxWriter()));
  });

  it('follows 40 snapshots handled at once (each twice, and an older one after the newer) and writes no inbox row', async () => {
    const journeys = Array.from({ length: 20 }, () =>
      workOrderJourney([
        [{ event: 'dispatch', leadUnitId: 'xt-yuhu' }, OPERATOR, '2026-03-02 10:00'],
        [{ event: 'sign' }, LEAD, '2026-03-02 11:00'],
      ]),
    );
    const signed = journeys.map(({ last }) => workOrderToJson(last));
    const dispatched = journeys.map(({ transitions }) => workOrderToJson(transitions[0]!.order));
    const transactions = spyTransactions(database.dataSource);
    const statements = spyStatementsOutsideTransactions(database.dataSource);
    const answers = await Promise.all([
      ...signed.map((snapshot) => copies.follow(snapshot, at)),
      ...signed.map((snapshot) => copies.follow(snapshot, at)),
      ...dispatched.map((snapshot) => copies.follow(snapshot, at)),
    ]);
    expect(answers.filter(Boolean)).toHaveLength(20);
    // A batch refused by Postgres (a work order twice in one statement) would be written again one event at a time.
    expect(statements()).toBeLessThan(10);
    // One statement commits alone: no BEGIN and COMMIT around it.
    expect(transactions()).toBe(0);
    for (const { last } of journeys) expect(await versionOf(last.id)).toBe(last.version);
    expect((await database.dataSource.query('SELECT count(*)::int AS n FROM handling.inbox'))[0].n).toBe(0);
  });
});
