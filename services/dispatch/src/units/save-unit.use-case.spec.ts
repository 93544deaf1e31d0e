import { UnitInput } from '@hotline/contracts';
import { NotFoundError, StateConflictError, UnusableCommandError } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { UnitRecord } from './unit.entity';
import { UnitRepository } from './unit.repository';
import { SaveUnitCommand, SaveUnitUseCase } from './save-unit.use-case';
import { Transactions } from '@hotline/persistence';

const NOW = new Date('2026-03-02T01:00:00Z');

/** The units table as a map; every call of the use case goes through the repository's methods. */
class FakeUnits {
  readonly rows = new Map<string, UnitRecord>();

  findById(id: string): Promise<UnitRecord | null> {
    return Promise.resolve(this.rows.get(id) ?? null);
  }

  lockById(_manager: EntityManager, id: string): Promise<UnitRecord | null> {
    return this.findById(id);
  }

  all(): Promise<UnitRecord[]> {
    return Promise.resolve([...this.rows.values()]);
  }

  save(_manager: EntityManager, unit: UnitRecord): Promise<void> {
    this.rows.set(unit.id, unit);
    return Promise.resolve();
  }
}

const inOneTransaction = {
  run: <T>(work: (manager: EntityManager) => Promise<T>) => work({} as EntityManager),
} as unknown as Transactions;

function setUp() {
  const units = new FakeUnits();
  const useCase = new SaveUnitUseCase(inOneTransaction, units as unknown as UnitRepository);
  const save = (unit: Partial<UnitInput> & { id: string }, mode: 'create' | 'update' = 'create') =>
    useCase.execute(
      new SaveUnitCommand(
        { name: unit.id, kind: 'township', areas: ['城正街街道', '城正街街道'], categories: [], ...unit },
        mode,
        NOW,
      ),
    );
  return { units, save };
}

describe('SaveUnitUseCase (Art. 9: the administrator keeps the directory)', () => {
  it('adds a unit with its areas once each, active unless said otherwise', async () => {
    const { units, save } = setUp();
    const view = await save({ id: 'xt-yuhu' });
    expect(view).toMatchObject({
      id: 'xt-yuhu',
      areas: ['城正街街道'],
      active: true,
      contacts: {},
      updatedAt: NOW.toISOString(),
    });
    expect(units.rows.get('xt-yuhu')).toMatchObject({ parentId: null, emergencyCategories: [] });
  });

  it('refuses to create a unit twice (409) and to update one that is not there (404)', async () => {
    const { save } = setUp();
    await save({ id: 'xt-yuhu' });
    await expect(save({ id: 'xt-yuhu' })).rejects.toEqual(new StateConflictError('unit xt-yuhu already exists'));
    await expect(save({ id: 'xt-yuhu' })).rejects.toMatchObject({ httpStatus: 409, details: { id: 'xt-yuhu' } });
    await expect(save({ id: 'xt-nowhere' }, 'update')).rejects.toEqual(new NotFoundError('no unit xt-nowhere'));
  });

  it('Art. 8(4) keeps the hierarchy a tree: the parent exists (422) and is not the unit or one of its descendants (422)', async () => {
    const { units, save } = setUp();
    await save({ id: 'xt-yuhu' });
    await save({ id: 'xt-yuhu-chengzheng', parentId: 'xt-yuhu' });
    await expect(save({ id: 'xt-new', parentId: 'xt-nowhere' })).rejects.toEqual(
      new UnusableCommandError('parentId: no unit xt-nowhere'),
    );
    await expect(save({ id: 'xt-yuhu', parentId: 'xt-yuhu-chengzheng' }, 'update')).rejects.toMatchObject({
      httpStatus: 422,
      message: 'parentId xt-yuhu-chengzheng would make a cycle',
      details: { field: 'parentId' },
    });
    expect(units.rows.get('xt-yuhu')?.parentId).toBeNull();
  });
});
