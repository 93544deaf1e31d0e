import { Body, Controller, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import {
  Actor,
  IntakeQueryRpc,
  JurisdictionInput,
  JurisdictionView,
  ListJurisdictionsQuery,
  ReEncryptCallersResult,
} from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { CurrentActor } from '../requests/actor-of';

class ReEncryptBody {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10_000)
  batchSize?: number;
}

/** The administrator's intake tools: the city's jurisdiction table (R13.2) and caller-key rotation (R14.3). */
@ApiTags('admin')
@ApiBearerAuth()
@Roles('admin')
@Controller('api/v1/admin')
export class IntakeAdminController {
  constructor(private readonly rpc: RpcClient) {}

  @Get('jurisdictions')
  @ApiQuery({
    name: 'kinds',
    required: false,
    description: 'comma-separated: district, county, city, zone, township, street',
  })
  @ApiOperation({
    summary: 'Districts, counties, cities, zones, townships and streets of Xiangtan (R13.2 jurisdiction check)',
  })
  jurisdictions(@Query() query: ListJurisdictionsQuery): Promise<{ items: JurisdictionView[] }> {
    return this.rpc.request(IntakeQueryRpc.listJurisdictions, query);
  }

  @Post('jurisdictions')
  @HttpCode(201)
  @ApiOperation({ summary: 'Add or correct one entry of the jurisdiction table' })
  saveJurisdiction(@Body() jurisdiction: JurisdictionInput, @CurrentActor() actor: Actor): Promise<JurisdictionView> {
    return this.rpc.request(IntakeQueryRpc.saveJurisdiction, { actor, jurisdiction });
  }

  @Post('caller-keys/re-encrypt')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Re-encrypt caller data sealed with an older key under the newest key (R14.3 key rotation)',
  })
  reEncrypt(@Body() body: ReEncryptBody, @CurrentActor() actor: Actor): Promise<ReEncryptCallersResult> {
    return this.rpc.request(IntakeQueryRpc.reEncryptCallers, {
      actor: { ...actor, role: 'admin' },
      ...(body.batchSize ? { batchSize: body.batchSize } : {}),
    });
  }
}
