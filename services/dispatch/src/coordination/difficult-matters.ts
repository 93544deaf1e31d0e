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
export class DifficultMatters {
  /** Once per raise: the work order's version after the step identifies it. */
  async record(manager: EntityManager, matter: RaisedMatter): Promise<void> {
    await manager
      .createQueryBuilder()
      .insert()
      .into(DifficultMatterRecord)
      .values({ id: randomUUID(), ...matter, raisedBy: { ...matter.raisedBy }, level: 'office', escalatedAt: null, assignedUnitId: null, resolvedBy: null, resolvedAt: null })
      .orIgnore()
      .execute();
  }

  async open(manager: EntityManager, workOrderId: string): Promise<DifficultMatterRecord | null> {
    return manager.findOne(DifficultMatterRecord, { where: { workOrderId, resolvedAt: IsNull() }, order: { raisedVersion: 'DESC' } });
  }
}
