import { NotFoundError } from '@hotline/domain';
import { AssignmentRepository } from '../dispatching/assignment.repository';
import { ReturnReviewRepository } from '../returns/return-review.repository';
import { GetUnitStatisticsUseCase } from './get-unit-statistics.use-case';
import { GetUnitUseCase } from './get-unit.use-case';
import { UnitRecord } from './unit.entity';
import { UnitRepository } from './unit.repository';
import { UnitStatisticsReader } from './unit-statistics';

const YUHU: UnitRecord = {
  id: 'xt-yuhu',
  name: '雨湖区人民政府',
  kind: 'district',
  parentId: null,
  contacts: {},
  areas: ['雨湖区'],
  categories: [],
  emergencyCategories: [],
  active: true,
  updatedAt: new Date('2026-01-01T00:00:00Z'),
};

const units = { findById: (id: string) => Promise.resolve(id === YUHU.id ? YUHU : null) } as unknown as UnitRepository;
const assignments = {
  countsOf: () => Promise.resolve({ dispatchedAsLead: 3, dispatchedAsCo: 1 }),
} as unknown as AssignmentRepository;
const returns = {
  countsOf: () => Promise.resolve({ returnsRequested: 2, returnsApproved: 1, returnsRejected: 0 }),
} as unknown as ReturnReviewRepository;
const reader = new UnitStatisticsReader(units, assignments, returns);

describe('a unit and its counts', () => {
  it('answers the dispatch and return counts of a unit from its assignments and return reviews', async () => {
    await expect(new GetUnitStatisticsUseCase(reader).execute({ id: 'xt-yuhu' })).resolves.toEqual({
      unitId: 'xt-yuhu',
      dispatchedAsLead: 3,
      dispatchedAsCo: 1,
      returnsRequested: 2,
      returnsApproved: 1,
      returnsRejected: 0,
    });
    await expect(new GetUnitUseCase(reader).execute({ id: 'xt-yuhu' })).resolves.toMatchObject({
      id: 'xt-yuhu',
      statistics: { dispatchedAsLead: 3, returnsApproved: 1 },
    });
  });

  it('answers 404 for a unit not in the directory', async () => {
    await expect(new GetUnitStatisticsUseCase(reader).execute({ id: 'xt-nowhere' })).rejects.toEqual(
      new NotFoundError('no unit xt-nowhere'),
    );
    await expect(new GetUnitUseCase(reader).execute({ id: 'xt-nowhere' })).rejects.toMatchObject({ httpStatus: 404 });
  });
});
