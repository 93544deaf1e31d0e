import { ConflictException, Injectable, NotFoundException, UnprocessableEntityException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { UnitInput, UnitView } from '@hotline/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { UnitRecord } from './unit.entity';
import { toUnitView } from './unit-view';

/** Adds a unit to the directory, or replaces a unit's description (Art. 9: the administrator keeps it). */
@Injectable()
export class SaveUnitUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(input: UnitInput, mode: 'create' | 'update', now: Date): Promise<UnitView> {
    return this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(UnitRecord);
      const existing = await repository.findOne({ where: { id: input.id }, lock: { mode: 'pessimistic_write' } });
      if (mode === 'create' && existing) throw new ConflictException({ message: `unit ${input.id} already exists`, details: { id: input.id } });
      if (mode === 'update' && !existing) throw new NotFoundException(`no unit ${input.id}`);
      await this.checkParent(manager, input);
      const record: UnitRecord = {
        id: input.id,
        name: input.name,
        kind: input.kind,
        parentId: input.parentId ?? null,
        contacts: { ...(input.contacts ?? {}) } as Record<string, string>,
        areas: [...new Set(input.areas)],
        categories: [...new Set(input.categories)],
        emergencyCategories: [...new Set(input.emergencyCategories ?? [])],
        active: input.active ?? true,
        updatedAt: now,
      };
      await repository.save(record);
      return toUnitView(record);
    });
  }

  /** The hierarchy stays a tree: the parent exists and is not the unit itself or one of its descendants. */
  private async checkParent(manager: EntityManager, input: UnitInput): Promise<void> {
    let parentId = input.parentId;
    const seen = new Set([input.id]);
    while (parentId) {
      if (seen.has(parentId)) throw new UnprocessableEntityException({ message: `parentId ${input.parentId} would make a cycle`, details: { field: 'parentId' } });
      seen.add(parentId);
      const parent = await manager.findOne(UnitRecord, { where: { id: parentId } });
      if (!parent) throw new UnprocessableEntityException({ message: `parentId: no unit ${parentId}`, details: { field: 'parentId' } });
      parentId = parent.parentId ?? undefined;
    }
  }
}
