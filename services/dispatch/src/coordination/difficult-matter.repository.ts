import { Injectable } from '@nestjs/common';
import { Actor } from '@hotline/contracts';
import { randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { DifficultMatterRecord } from './difficult-matter.entity';

export interface RaisedMatter {
  workOrderId: string;
  raisedVersion: number;
  kind: string;
  note: string | null;
  raisedBy: Actor;
  raisedAt: Date;
}

/** The record of difficult matters (R21.1), whoever raised them: dispatch itself or handling (from its event). */
@Injectable()
export class DifficultMatterRepository {
  /** Once per raise: the work order's version after the step identifies it. */
  async record(manager: EntityManager, matter: RaisedMatter): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(DifficultMatterRecord)
      .values({
        id: randomUUID(),
        ...matter,
        raisedBy: { ...matter.raisedBy },
        level: 'office',
        escalatedAt: null,
        assignedUnitId: null,
        resolvedBy: null,
        resolvedAt: null,
      })
      .orIgnore()
      .execute();
  }

  /** The work order's latest matter not yet resolved. */
  findOpen(manager: EntityManager, workOrderId: string): Promise<DifficultMatterRecord | null> {
    return manager.findOne(DifficultMatterRecord, {
      where: { workOrderId, resolvedAt: IsNull() },
      order: { raisedVersion: 'DESC' },
    });
  }

  async markEscalated(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(DifficultMatterRecord, { id }, { level: 'city-government', escalatedAt: at });
  }

  async markResolved(
    manager: EntityManager,
    id: string,
    resolution: { assignedUnitId: string; resolvedBy: string; resolvedAt: Date },
  ): Promise<void> {
    await manager.update(DifficultMatterRecord, { id }, resolution);
  }
}
