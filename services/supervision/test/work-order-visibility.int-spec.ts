import { Actor, domainActorOf } from '@hotline/contracts';
import { maySeeWorkOrder, unitRoleIn, workOrderVisibilityOf } from '@hotline/domain';
import { insertRows } from '@hotline/persistence';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { WorkOrderListing } from '../src/work-orders/work-order-listing.entity';
import { WorkOrderPageRepository } from '../src/work-orders/work-order-page.repository';
import { supervisionWithProducerSuite } from './supervision-with-producer';

/** Work orders with every shape of assignment: lead alone, lead and co units, another lead, none yet. */
const FIXTURES = [
  { leadUnitId: 'xt-yuhu', coUnitIds: [] },
  { leadUnitId: 'xt-yuhu', coUnitIds: ['xt-cgj', 'xt-zjj'] },
  { leadUnitId: 'xt-cgj', coUnitIds: ['xt-yuhu'] },
  { leadUnitId: 'xt-yuetang', coUnitIds: ['xt-zjj'] },
  { leadUnitId: null, coUnitIds: [] },
].map((units, index) => ({ id: randomUUID(), ...units, receivedAt: new Date(Date.UTC(2026, 8, 30, 1, index)) }));

const ACTORS: Actor[] = [
  { kind: 'user', id: 'op-1', role: 'operator' },
  { kind: 'user', id: 'rv-1', role: 'reviewer' },
  { kind: 'user', id: 'sv-1', role: 'supervisor' },
  { kind: 'user', id: 'ad-1', role: 'admin' },
  { kind: 'system', id: 'deadline-sweep' },
  { kind: 'user', id: 'h-1', role: 'unit', unitId: 'xt-yuhu' },
  { kind: 'user', id: 'h-2', role: 'unit', unitId: 'xt-cgj' },
  { kind: 'user', id: 'h-3', role: 'unit', unitId: 'xt-zjj' },
  { kind: 'user', id: 'h-4', role: 'unit', unitId: 'xt-yuetang' },
  { kind: 'user', id: 'h-5', role: 'unit', unitId: 'xt-elsewhere' },
  { kind: 'user', id: 'h-0', role: 'unit' },
  // Art. 8(4): a unit above others reads their work orders
  { kind: 'user', id: 'd-1', role: 'unit', unitId: 'xt-city', supervisedUnitIds: ['xt-yuetang'] },
  { kind: 'user', id: 'd-2', role: 'unit', unitId: 'xt-city', supervisedUnitIds: ['xt-zjj', 'xt-none'] },
  { kind: 'user', id: 'd-3', role: 'unit', unitId: 'xt-yuhu', supervisedUnitIds: ['xt-yuetang'] },
  { kind: 'user', id: 'p-1', role: 'partner' },
];

const assignmentOf = (fixture: (typeof FIXTURES)[number]) => ({
  assignment: fixture.leadUnitId ? { leadUnitId: fixture.leadUnitId, coUnitIds: fixture.coUnitIds } : null,
});
const nameOf = (actor: Actor) =>
  `${actor.role ?? actor.kind}${actor.unitId ? ` ${actor.unitId}` : ''}${actor.supervisedUnitIds ? ` over ${actor.supervisedUnitIds.join(', ')}` : ''}`;

describe('the list’s SQL and maySeeWorkOrder decide visibility alike (R14.3, R15.5; real Postgres)', () => {
  const running = supervisionWithProducerSuite('wo-visibility');
  let listing: WorkOrderPageRepository;

  beforeAll(async () => {
    listing = running.supervision.get(WorkOrderPageRepository);
    await running.supervision.get(DataSource).transaction(async (manager) => {
      const rows: WorkOrderListing[] = FIXTURES.map((f) => ({
        id: f.id,
        number: null,
        type: 'complaint',
        district: null,
        category: null,
        receivedAt: f.receivedAt,
        currentDue: null,
        request: null,
        status: f.leadUnitId ? 'dispatched' : 'awaiting-dispatch',
        leadUnitId: f.leadUnitId,
        coUnitIds: f.coUnitIds,
        version: 2,
        state: {},
      }));
      await insertRows(manager, WorkOrderListing, rows);
    });
  });

  const listed = async (visibility: ReturnType<typeof workOrderVisibilityOf>, unitId?: string): Promise<string[]> => {
    const rows = await listing.page({ filters: unitId ? { unitId } : {}, visibility, now: new Date(), rows: 100 });
    const ids = new Set<string>(FIXTURES.map((f) => f.id));
    return rows
      .map((row) => row.id)
      .filter((id) => ids.has(id))
      .sort();
  };

  it.each(ACTORS.map((actor) => [nameOf(actor), actor] as const))(
    'R14.3 R15.5 Art. 8(4) lists for %s exactly the work orders maySeeWorkOrder shows',
    async (_name, actor) => {
      const viewer = domainActorOf(actor);
      const seen = FIXTURES.filter((f) => maySeeWorkOrder(viewer, assignmentOf(f)))
        .map((f) => f.id)
        .sort();
      expect(await listed(workOrderVisibilityOf(viewer))).toEqual(seen);
    },
  );

  it.each(['xt-yuhu', 'xt-cgj', 'xt-zjj', 'xt-elsewhere'])(
    'R15.5 the unitId filter lists the work orders %s leads or co-handles',
    async (unitId) => {
      const handled = FIXTURES.filter((f) => unitRoleIn(assignmentOf(f), unitId) !== undefined)
        .map((f) => f.id)
        .sort();
      expect(await listed({ kind: 'every' }, unitId)).toEqual(handled);
    },
  );
});
