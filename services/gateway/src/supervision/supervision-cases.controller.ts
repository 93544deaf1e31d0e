import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import {
  Actor,
  CaseAnswerBody,
  CaseExtensionBody,
  CaseExtensionDecisionBody,
  CloseCaseBody,
  EscalateCaseBody,
  OpenSupervisionCaseBody,
  SupervisionCaseCreated,
  SupervisionCaseFilters,
  SupervisionCasePage,
  SupervisionCaseRpc,
  SupervisionCaseView,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';
import { ReadsSubordinates } from '../units/subordinate-units';
import { PathParam } from '../path-params/path-param';
import { UUID } from '../path-params/path-param-kinds';

/** Supervision cases (督办, R23): the supervisor opens and decides them; a unit sees, answers and extends its own. */
@ApiTags('supervision')
@ApiBearerAuth()
@Controller('api/v1/supervision-cases')
export class SupervisionCasesController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles('supervisor', 'unit')
  @ReadsSubordinates()
  @ApiOperation({
    summary:
      'Supervision cases, newest first, by workOrderId, status, unitId, trigger; cursor paging (R23); a unit sees its own',
  })
  list(@Query() filters: SupervisionCaseFilters, @CurrentActor() viewer: Actor): Promise<SupervisionCasePage> {
    return this.rpc.request(SupervisionCaseRpc.list, { viewer, filters });
  }

  @Post()
  @HttpCode(201)
  @Roles('supervisor')
  @ApiOperation({
    summary:
      'Open a case on one or many work orders: trigger 1–8 (4–8 with their source), method, a limit within 5 working days by system and 10 otherwise (R23.1, R23.2)',
  })
  open(@Body() body: OpenSupervisionCaseBody, @CurrentActor() actor: Actor): Promise<SupervisionCaseView> {
    return this.rpc.request(SupervisionCaseRpc.open, { actor, body });
  }

  @Post(':cid/extensions')
  @HttpCode(201)
  @Roles('unit')
  @ApiOperation({
    summary: 'The unit applies once for an extension of at most 10 working days, before the limit ends (R23.2)',
  })
  requestExtension(
    @PathParam('cid', UUID) cid: string,
    @Body() body: CaseExtensionBody,
    @CurrentActor() actor: Actor,
  ): Promise<SupervisionCaseCreated> {
    return this.rpc.request(SupervisionCaseRpc.requestExtension, { actor, caseId: cid, body });
  }

  @Post(':cid/extensions/:xid/decision')
  @HttpCode(200)
  @Roles('supervisor')
  @ApiOperation({ summary: 'The supervisor approves (the limit goes on) or refuses the extension (R23.2)' })
  decideExtension(
    @PathParam('cid', UUID) cid: string,
    @PathParam('xid', UUID) xid: string,
    @Body() body: CaseExtensionDecisionBody,
    @CurrentActor() actor: Actor,
  ): Promise<SupervisionCaseView> {
    return this.rpc.request(SupervisionCaseRpc.decideExtension, { actor, caseId: cid, extensionId: xid, body });
  }

  @Post(':cid/answers')
  @HttpCode(201)
  @Roles('unit')
  @ApiOperation({ summary: "A unit's answer to its case, on the work orders' timelines (R23.2)" })
  answer(
    @PathParam('cid', UUID) cid: string,
    @Body() body: CaseAnswerBody,
    @CurrentActor() actor: Actor,
  ): Promise<SupervisionCaseCreated> {
    return this.rpc.request(SupervisionCaseRpc.answer, { actor, caseId: cid, body });
  }

  @Post(':cid/escalate')
  @HttpCode(200)
  @Roles('supervisor')
  @ApiOperation({
    summary:
      'Escalate a case still unsolved to 市人民政府督查室, recorded; within its limit only with a reason (422 without) (R23.3)',
  })
  escalate(
    @PathParam('cid', UUID) cid: string,
    @Body() body: EscalateCaseBody,
    @CurrentActor() actor: Actor,
  ): Promise<SupervisionCaseView> {
    return this.rpc.request(SupervisionCaseRpc.escalate, { actor, caseId: cid, body });
  }

  @Post(':cid/close')
  @HttpCode(200)
  @Roles('supervisor')
  @ApiOperation({ summary: 'Close a case with its result, recorded with whether within the limit (R23.2)' })
  close(
    @PathParam('cid', UUID) cid: string,
    @Body() body: CloseCaseBody,
    @CurrentActor() actor: Actor,
  ): Promise<SupervisionCaseView> {
    return this.rpc.request(SupervisionCaseRpc.close, { actor, caseId: cid, body });
  }
}
