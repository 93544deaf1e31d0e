import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RoutingRuleView } from '@hotline/contracts';
import { DataSource } from 'typeorm';
import { toRoutingRuleView } from './routing-rule-view';
import { RoutingRuleRecord } from './routing-rule.entity';

/** The dispatch catalogue (派单目录), highest priority first. */
@Injectable()
export class ListRoutingRulesUseCase {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute(): Promise<{ items: RoutingRuleView[] }> {
    const records = await this.dataSource.getRepository(RoutingRuleRecord).find({ order: { priority: 'DESC', id: 'ASC' } });
    return { items: records.map(toRoutingRuleView) };
  }
}
