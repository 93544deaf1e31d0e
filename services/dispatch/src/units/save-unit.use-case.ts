import { Injectable } from '@nestjs/common';
import { UnitInput, UnitView } from '@hotline/contracts';
import { assertUnitParent, NotFoundError, StateConflictError } from '@hotline/domain';
import { EntityManager } from 'typeorm';
import { UnitRecord } from './unit.entity';
import { UnitRepository } from './unit.repository';
import { toUnitView } from './unit-view';
import { Transactions } from '@hotline/persistence';

export class SaveUnitCommand {
  constructor(
    readonly unit: UnitInput,
    readonly mode: 'create' | 'update',
    readonly now: Date,
  ) {}
}

/** Adds a unit to the directory, or replaces a unit's description (Art. 9: the administrator keeps it). */
@Injectable()
export class SaveUnitUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly units: UnitRepository,
  ) {}

  async execute({ unit: input, mode, now }: SaveUnitCommand): Promise<UnitView> {
    return this.transactions.run(async (manager) => {
      const existing = await this.units.lockById(manager, input.id);
      if (mode === 'create' && existing)
        throw new StateConflictError(`unit ${input.id} already exists`, { id: input.id });
      if (mode === 'update' && !existing) throw new NotFoundError(`no unit ${input.id}`);
      await this.checkParent(manager, input);
      const record: UnitRecord = {
        id: input.id,
        name: input.name,
        kind: input.kind,
        parentId: input.parentId ?? null,
        contacts: { ...input.contacts },
        areas: [...new Set(input.areas)],
        categories: [...new Set(input.categories)],
        emergencyCategories: [...new Set(input.emergencyCategories ?? [])],
        active: input.active ?? true,
        updatedAt: now,
      };
      await this.units.save(manager, record);
      return toUnitView(record);
    });
  }

  /** Art. 8(4) the hierarchy stays a tree: the parent exists and is not the unit itself or one of its subordinates. */
  private async checkParent(manager: EntityManager, input: UnitInput): Promise<void> {
    if (!input.parentId) return;
    const parents = new Map((await this.units.all(manager)).map((unit) => [unit.id, unit.parentId]));
    assertUnitParent(input.id, input.parentId, (id) => parents.get(id));
  }
}
