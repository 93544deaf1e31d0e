import { Body, Controller, Get, Put, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import {
  Actor,
  AssessmentMethodBody,
  AssessmentMethodView,
  AssessmentQuery,
  AssessmentView,
  ReportsRpc,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';

/** Unit assessment by a versioned scoring method (R25.1). */
@ApiTags('reports')
@ApiBearerAuth()
@Controller('api/v1/assessments')
export class AssessmentsController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles('supervisor', 'admin')
  @ApiOperation({
    summary:
      'Scores and ranks the units for a month (YYYY-MM) or quarter (YYYY-Qn) by the method version in force at its start; each score with its breakdown (indicator, value, target, weight, points) and deductions; approved appeals excluded (R25.1, R20.3)',
  })
  get(@Query() query: AssessmentQuery): Promise<AssessmentView> {
    return this.rpc.request(ReportsRpc.assessment, { query });
  }

  @Put('method')
  @Roles('admin')
  @ApiOperation({
    summary:
      'Sets a new version of the scoring method: indicators (weights summing to 100, targets as rates), deductions per counted event, and the first month it scores (R25.1)',
  })
  setMethod(@Body() body: AssessmentMethodBody, @CurrentActor() actor: Actor): Promise<AssessmentMethodView> {
    return this.rpc.request(ReportsRpc.setMethod, { actor, body });
  }
}
