import { applyWorkOrderCommand } from '@hotline/domain';
import { stepPayload } from '@hotline/persistence';
import { beijing, completed, LEAD, MANAGER, unsatisfiedCallback } from '../../test/work-order-fixtures';
import { EntityManager } from 'typeorm';
import { Appeal } from './appeal.entity';
import { AppealsRepository } from './appeals.repository';
import { appealTakenElsewhere, recordAppealTakenElsewhere } from './record-appeal';

describe('an appeal taken elsewhere (handling, on a re-handling)', () => {
  const rehandling = completed(unsatisfiedCallback('unit'));
  const requestedAt = beijing('2026-03-05 10:00');
  const appealed = applyWorkOrderCommand(
    rehandling,
    { event: 'request-appeal', reason: '政策限制', evidence: '文件' },
    { actor: { role: 'unit', id: 'u-1', unitId: LEAD }, now: requestedAt },
  );

  it('R20.3 is recorded open, named like the answer the unit got, by the insert that leaves one already there alone', async () => {
    const inserted: Appeal[] = [];
    const appeals = {
      insertIfAbsent: async (manager: EntityManager, appeal: Appeal) =>
        void (manager === MANAGER && inserted.push(appeal)),
    };
    await recordAppealTakenElsewhere(MANAGER, stepPayload(appealed), appeals as unknown as AppealsRepository);
    expect(inserted).toEqual([
      {
        id: `${rehandling.id}:${appealed.order.version}`,
        workOrderId: rehandling.id,
        unitId: LEAD,
        reason: '政策限制',
        evidence: '文件',
        requestedAt,
        decision: null,
        decidedBy: null,
        decidedAt: null,
      },
    ]);
  });

  it('R20.3 a step that carries no appeal records nothing', () => {
    const called = applyWorkOrderCommand(
      completed(),
      { event: 'record-callback', satisfaction: 'satisfied', contacted: true },
      { actor: { role: 'reviewer', id: 'rv-1' }, now: requestedAt },
    );
    expect(appealTakenElsewhere(stepPayload(called))).toBeUndefined();
  });
});
