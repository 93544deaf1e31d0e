import { Actor } from '@hotline/contracts';
import { AccessDeniedError } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { Jurisdiction } from './jurisdiction.entity';
import { JurisdictionRepository } from './jurisdiction.repository';
import { JurisdictionTable } from './jurisdiction-table';
import { ListJurisdictionsUseCase } from './list-jurisdictions.use-case';
import { SaveJurisdictionUseCase } from './save-jurisdiction.use-case';
import { Transactions } from '@hotline/persistence';

const NOW = new Date('2026-12-01T08:00:00Z');
const ADMIN: Actor = { kind: 'user', id: 'ad-1', role: 'admin' };
const transactions = {
  run: (work: (manager: EntityManager) => Promise<unknown>) => work({} as EntityManager),
} as Transactions;

class FakeJurisdictions {
  rows = new Map<string, Jurisdiction>([
    ['yuhu', { code: 'yuhu', name: '雨湖区', kind: 'district', parentCode: null, aliases: [], updatedAt: NOW }],
    [
      'yuhu-01',
      { code: 'yuhu-01', name: '城正街街道', kind: 'street', parentCode: 'yuhu', aliases: [], updatedAt: NOW },
    ],
  ]);
  reads = 0;
  async findAll(): Promise<Jurisdiction[]> {
    this.reads += 1;
    return [...this.rows.values()];
  }
  async findByCode(_manager: EntityManager, code: string): Promise<Jurisdiction | null> {
    return this.rows.get(code) ?? null;
  }
  async upsert(_manager: EntityManager, row: Jurisdiction): Promise<void> {
    this.rows.set(row.code, row);
  }
}

describe('the jurisdiction table (R13.2)', () => {
  let repository: FakeJurisdictions;
  let table: JurisdictionTable;
  let save: SaveJurisdictionUseCase;

  beforeEach(() => {
    repository = new FakeJurisdictions();
    table = new JurisdictionTable(repository as unknown as JurisdictionRepository);
    save = new SaveJurisdictionUseCase(transactions, repository as unknown as JurisdictionRepository, table);
  });

  it('R13.2 lists the table, or the entries of the kinds asked for', async () => {
    const list = new ListJurisdictionsUseCase(table);
    expect((await list.execute({})).items.map((item) => item.code)).toEqual(['yuhu', 'yuhu-01']);
    expect((await list.execute({ kinds: ['street'] })).items.map((item) => item.code)).toEqual(['yuhu-01']);
    expect(repository.reads).toBe(1);
  });

  it('R13.2 an administrator’s edit is saved trimmed and seen at once through this replica', async () => {
    await table.entries();
    const saved = await save.execute({
      actor: ADMIN,
      jurisdiction: {
        code: 'yuhu-90',
        name: ' 新建街道 ',
        kind: 'street',
        parentCode: 'yuhu',
        aliases: [' 新街 ', ''],
      },
      now: NOW,
    });
    expect(saved).toEqual({ code: 'yuhu-90', name: '新建街道', kind: 'street', parentCode: 'yuhu', aliases: ['新街'] });
    expect((await table.entries()).map((entry) => entry.code)).toContain('yuhu-90');
  });

  it('R13.2 refuses a parent that is missing, not allowed or not a district, county, city or zone (400 naming parentCode)', async () => {
    const attempts = [
      { code: 'yuhu-91', name: '街道', kind: 'street' as const },
      { code: 'new-zone', name: '新区', kind: 'zone' as const, parentCode: 'yuhu' },
      { code: 'yuhu-92', name: '街道', kind: 'street' as const, parentCode: 'yuhu-01' },
    ];
    for (const jurisdiction of attempts) {
      const attempt = save.execute({ actor: ADMIN, jurisdiction, now: NOW });
      await expect(attempt).rejects.toMatchObject({ status: 400, response: { details: [{ field: 'parentCode' }] } });
    }
    expect(repository.rows.size).toBe(2);
  });

  it('only an administrator edits the table (403)', async () => {
    const attempt = save.execute({
      actor: { kind: 'user', id: 'op-1', role: 'operator' },
      jurisdiction: { code: 'yuhu-90', name: '街道', kind: 'street', parentCode: 'yuhu' },
      now: NOW,
    });
    await expect(attempt).rejects.toThrow(AccessDeniedError);
  });
});
