import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CreateRoutingRuleMessage, DispatchRpc, RoutingRuleView } from '@hotline/contracts';
import { Clock } from '@hotline/messaging';
import { RoutingRulesUseCase } from './routing-rules.use-case';

@Controller()
export class RoutingRulesHandler {
  constructor(
    private readonly rules: RoutingRulesUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(DispatchRpc.listRoutingRules.subject)
  list(): Promise<{ items: RoutingRuleView[] }> {
    return this.rules.list();
  }

  @MessagePattern(DispatchRpc.createRoutingRule.subject)
  create(@Payload() message: CreateRoutingRuleMessage): Promise<RoutingRuleView> {
    return this.rules.create(message.rule, this.clock.now());
  }
}
