import { Controller } from '@nestjs/common';
import { MessagePattern, Payload } from '@nestjs/microservices';
import { CreateRoutingRuleMessage, DispatchRpc, RoutingRuleView } from '@hotline/contracts';
import { Clock } from '@hotline/platform';
import { CreateRoutingRuleCommand, CreateRoutingRuleUseCase } from './create-routing-rule.use-case';
import { ListRoutingRulesUseCase } from './list-routing-rules.use-case';

@Controller()
export class RoutingRulesHandler {
  constructor(
    private readonly listRules: ListRoutingRulesUseCase,
    private readonly createRule: CreateRoutingRuleUseCase,
    private readonly clock: Clock,
  ) {}

  @MessagePattern(DispatchRpc.listRoutingRules.subject)
  list(): Promise<{ items: RoutingRuleView[] }> {
    return this.listRules.execute();
  }

  @MessagePattern(DispatchRpc.createRoutingRule.subject)
  create(@Payload() message: CreateRoutingRuleMessage): Promise<RoutingRuleView> {
    return this.createRule.execute(new CreateRoutingRuleCommand(message.rule, this.clock.now()));
  }
}
