import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertRows } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { RoutingRuleRecord } from './routing-rule.entity';

/** The dispatch catalogue (派单目录): every query of the routing_rules table. */
@Injectable()
export class RoutingRuleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Highest priority first, then by id. */
  listByPriority(): Promise<RoutingRuleRecord[]> {
    return this.dataSource.getRepository(RoutingRuleRecord).find({ order: { priority: 'DESC', id: 'ASC' } });
  }

  all(manager: EntityManager): Promise<RoutingRuleRecord[]> {
    return manager.find(RoutingRuleRecord);
  }

  async insert(manager: EntityManager, rule: RoutingRuleRecord): Promise<void> {
    await manager.insert(RoutingRuleRecord, rule);
  }

  /** Inserts the rules not there yet (by id); answers how many were inserted. */
  async insertMissing(manager: EntityManager, rules: RoutingRuleRecord[]): Promise<number> {
    return (await insertRows(manager, RoutingRuleRecord, rules, 'ON CONFLICT DO NOTHING RETURNING id')).length;
  }
}
