import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertRows } from '@hotline/persistence';
import { DataSource, EntityManager, In } from 'typeorm';
import { IntakeWorkOrder } from './intake-work-order.entity';

/** Intake's work orders (`work_orders`): the readable number and how the request was decided (the status is in intake's copy). */
@Injectable()
export class IntakeWorkOrderRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async insertMany(manager: EntityManager, rows: IntakeWorkOrder[]): Promise<void> {
    await insertRows(manager, IntakeWorkOrder, rows);
  }

  async update(manager: EntityManager, id: string, patch: Partial<IntakeWorkOrder>): Promise<void> {
    await manager.update(IntakeWorkOrder, { id }, patch);
  }

  findById(id: string): Promise<IntakeWorkOrder | null> {
    return this.dataSource.manager.findOne(IntakeWorkOrder, { where: { id } });
  }

  findByRequestId(requestId: string): Promise<IntakeWorkOrder | null> {
    return this.dataSource.manager.findOne(IntakeWorkOrder, { where: { requestId } });
  }

  async numberOf(manager: EntityManager, id: string): Promise<string | undefined> {
    return (await manager.findOne(IntakeWorkOrder, { where: { id }, select: { number: true } }))?.number;
  }

  /** The numbers of these work orders, by id. */
  async numbersOf(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.dataSource.manager.find(IntakeWorkOrder, {
      where: { id: In([...new Set(ids)]) },
      select: { id: true, number: true },
    });
    return new Map(rows.map((row) => [row.id, row.number]));
  }
}
