import { Actor } from '@hotline/contracts';
import { AccessDeniedError, WorkOrder } from '@hotline/domain';
import { randomBytes } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { CitizenRequest } from '../requests/citizen-request.entity';
import { CitizenRequestRepository, SealedCaller } from '../requests/citizen-request.repository';
import { IntakeWorkOrder } from '../requests/intake-work-order.entity';
import { CallerCipher } from './caller-cipher';
import { CallerRead } from './caller-read.entity';
import { CallerReadPageFilters, CallerReadRepository } from './caller-read.repository';
import { ListCallerReadsUseCase } from './list-caller-reads.use-case';
import { ReadCallerUseCase } from './read-caller.use-case';
import { ReEncryptCallersUseCase } from './re-encrypt-callers.use-case';
import { WorkOrderCaller, WorkOrderCallers } from './work-order-callers';
import { Transactions } from '@hotline/persistence';

const NOW = new Date('2026-12-01T08:00:00Z');
const ADMIN: Actor = { kind: 'user', id: 'ad-1', role: 'admin' };
const OPERATOR: Actor = { kind: 'user', id: 'op-1', role: 'operator' };
const transactions = {
  run: (work: (manager: EntityManager) => Promise<unknown>) => work({} as EntityManager),
} as Transactions;
const key = (id: string) => ({ id, key: randomBytes(32) });

class FakeReads {
  rows: CallerRead[] = [];
  pages: CallerReadPageFilters[] = [];
  async insert(_manager: EntityManager, row: CallerRead): Promise<void> {
    this.rows.push(row);
  }
  async page(filters: CallerReadPageFilters): Promise<CallerRead[]> {
    this.pages.push(filters);
    return this.rows.slice(0, filters.take);
  }
}

describe('caller identity (R14.3)', () => {
  it('R14.3 rotation reseals with the newest key only the values sealed with another, and reports what remains', async () => {
    const old = key('k1');
    const before = new CallerCipher({ encryption: [old], lookup: randomBytes(32) });
    const after = new CallerCipher({ encryption: [key('k2'), old], lookup: randomBytes(32) });
    const sealed = new Map<string, SealedCaller>([
      [
        'r-1',
        {
          id: 'r-1',
          callerNameEnc: before.encrypt('张三'),
          callerPhoneEnc: after.encrypt('13812345678'),
          callerIdNumberEnc: null,
        },
      ],
    ]);
    const requests = {
      lockSealedElsewhere: async () =>
        [...sealed.values()].filter((row) =>
          [row.callerNameEnc, row.callerPhoneEnc].some((value) => value && after.keyIdOf(value) !== 'k2'),
        ),
      updateSealedCaller: async (_manager: EntityManager, row: SealedCaller) => void sealed.set(row.id, row),
      countSealedElsewhere: async (prefix: string) => (prefix === 'v1:k2:' ? 0 : -1),
    } as unknown as CitizenRequestRepository;
    const result = await new ReEncryptCallersUseCase(transactions, requests, after).execute({
      actor: ADMIN,
      batchSize: 10,
    });
    expect(result).toEqual({ activeKeyId: 'k2', reEncrypted: 1, remaining: 0 });
    const row = sealed.get('r-1');
    expect(after.keyIdOf(String(row?.callerNameEnc))).toBe('k2');
    expect(after.decrypt(String(row?.callerNameEnc))).toBe('张三');
    expect(row?.callerIdNumberEnc).toBeNull();
  });

  it('R14.3 only an administrator rotates caller keys (403)', async () => {
    const cipher = new CallerCipher({ encryption: [key('k1')], lookup: randomBytes(32) });
    const attempt = new ReEncryptCallersUseCase(transactions, {} as CitizenRequestRepository, cipher).execute({
      actor: OPERATOR,
    });
    await expect(attempt).rejects.toThrow(AccessDeniedError);
  });

  describe('reading a caller', () => {
    const cipher = new CallerCipher({ encryption: [key('k1')], lookup: randomBytes(32) });
    const found: WorkOrderCaller = {
      request: {
        id: 'r-1',
        anonymous: false,
        callerNameEnc: cipher.encrypt('李建国'),
        callerPhoneEnc: cipher.encrypt('13973201234'),
        callerIdNumberEnc: cipher.encrypt('43030219790101123X'),
      } as CitizenRequest,
      workOrder: { id: 'w-1' } as IntakeWorkOrder,
      order: { assignment: { leadUnitId: 'unit-lead', coUnitIds: [] } } as unknown as WorkOrder,
    };
    const callers = { findFor: async () => found } as unknown as WorkOrderCallers;
    const readCaller = (reads: FakeReads) =>
      new ReadCallerUseCase(transactions, reads as unknown as CallerReadRepository, cipher, callers);

    it('R14.3 an operator with a reason reads the caller in clear, and the read is audited', async () => {
      const reads = new FakeReads();
      const view = await readCaller(reads).execute({
        actor: OPERATOR,
        workOrderId: 'w-1',
        reason: 'verify-identity',
        note: ' 核实诉求 ',
        now: NOW,
      });
      expect(view).toEqual({
        requestId: 'r-1',
        anonymous: false,
        view: 'clear',
        name: '李建国',
        phone: '13973201234',
        idNumber: '43030219790101123X',
      });
      expect(reads.rows).toEqual([
        expect.objectContaining({
          requestId: 'r-1',
          workOrderId: 'w-1',
          readerId: 'op-1',
          readerRole: 'operator',
          unitId: null,
          reason: 'verify-identity',
          note: '核实诉求',
          readAt: NOW,
        }),
      ]);
    });

    it('R14.3 R18.1 the lead unit with a reason reads name and phone, never the id number, and the read names its unit', async () => {
      const reads = new FakeReads();
      const unit: Actor = { kind: 'user', id: 'u-1', role: 'unit', unitId: 'unit-lead' };
      const view = await readCaller(reads).execute({
        actor: unit,
        workOrderId: 'w-1',
        reason: 'contact-caller',
        note: '联系来电人',
        now: NOW,
      });
      expect(view).toEqual({ requestId: 'r-1', anonymous: false, view: 'clear', name: '李建国', phone: '13973201234' });
      expect(reads.rows).toEqual([expect.objectContaining({ readerRole: 'unit', unitId: 'unit-lead' })]);
    });

    it('R14.3 refuses a unit not on the work order (403) and an operator without a reason (400 naming reason), auditing nothing', async () => {
      const reads = new FakeReads();
      const read = readCaller(reads);
      await expect(
        read.execute({
          actor: { kind: 'user', id: 'u-9', role: 'unit', unitId: 'unit-elsewhere' },
          workOrderId: 'w-1',
          reason: 'contact-caller',
          now: NOW,
        }),
      ).rejects.toThrow(AccessDeniedError);
      await expect(read.execute({ actor: OPERATOR, workOrderId: 'w-1', now: NOW })).rejects.toMatchObject({
        httpStatus: 400,
        details: [{ field: 'reason' }],
      });
      expect(reads.rows).toEqual([]);
    });

    it('R14.3 R26.1 the audit pages newest first with a cursor before the last read shown', async () => {
      const reads = new FakeReads();
      const id = (n: number) => `0b7c6a1e-1111-4222-8333-00000000000${n}`;
      for (const n of [1, 2, 3])
        reads.rows.push({
          id: id(n),
          requestId: 'r-1',
          workOrderId: 'w-1',
          readerId: 'op-1',
          readerRole: 'operator',
          unitId: null,
          reason: 'verify-identity',
          note: null,
          readAt: NOW,
          workOrderStatus: null,
        });
      const list = new ListCallerReadsUseCase(reads as unknown as CallerReadRepository);
      const first = await list.execute({ workOrderId: 'w-1', limit: 2 });
      expect(first.items).toHaveLength(2);
      await list.execute({ limit: 2, cursor: first.nextCursor, since: '2026-11-01T00:00:00Z' });
      expect(reads.pages).toEqual([
        { workOrderId: 'w-1', unitId: undefined, take: 3 },
        {
          workOrderId: undefined,
          unitId: undefined,
          since: new Date('2026-11-01T00:00:00Z'),
          before: { at: NOW, id: id(2) },
          take: 3,
        },
      ]);
    });
  });
});
