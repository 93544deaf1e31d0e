import { Body, Controller, Get, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import { Actor, DispatchRpc, RoutingRuleInput, RoutingRuleView } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';

/** The dispatch catalogue (派单目录) that routing follows (R15.3, R22.1). */
@ApiTags('units')
@ApiBearerAuth()
@Controller('api/v1/routing-rules')
export class RoutingRulesController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles('admin', 'operator', 'reviewer', 'supervisor')
  @ApiOperation({ summary: 'Rules of the dispatch catalogue, highest priority first' })
  list(): Promise<{ items: RoutingRuleView[] }> {
    return this.rpc.request(DispatchRpc.listRoutingRules, {});
  }

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({
    summary:
      'Add a rule: category × area → lead (+ co) units; 接诉即办 rules go straight to a township/street or municipal unit (R22.1)',
  })
  create(@Body() rule: RoutingRuleInput, @CurrentActor() actor: Actor): Promise<RoutingRuleView> {
    return this.rpc.request(DispatchRpc.createRoutingRule, { actor, rule });
  }
}
