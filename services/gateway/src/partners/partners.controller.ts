import { Body, Controller, Get, HttpCode, Post, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '@hotline/auth';
import { Actor, PartnerInput, PartnerRpc, PartnerSettingsInput, PartnerView } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { CurrentActor } from '../requests/actor-of';
import { PathParam } from '../path-params/path-param';
import { PARTNER_CODE } from '../path-params/path-param-kinds';

/** The partner registry (R10.1, R10.2): 110/119/120/122, utility lines and branch centres, kept by the admin. */
@ApiTags('partners')
@ApiBearerAuth()
@Controller('api/v1/partners')
export class PartnersController {
  constructor(private readonly rpc: RpcClient) {}

  @Get()
  @Roles('admin')
  @ApiOperation({ summary: 'Every partner with its channel, category lists, valid key ids and whether it is enabled' })
  list(): Promise<{ items: PartnerView[] }> {
    return this.rpc.request(PartnerRpc.list, {});
  }

  @Get(':code')
  @Roles('admin')
  @ApiOperation({ summary: 'One partner' })
  get(@PathParam('code', PARTNER_CODE) code: string): Promise<PartnerView> {
    return this.rpc.request(PartnerRpc.get, { code });
  }

  @Post()
  @HttpCode(201)
  @Roles('admin')
  @ApiOperation({ summary: 'Register a partner (409 when its code exists); `key` is an HMAC key agreed with it' })
  register(@Body() partner: PartnerInput, @CurrentActor() actor: Actor): Promise<PartnerView> {
    return this.rpc.request(PartnerRpc.register, { actor, partner });
  }

  @Put(':code')
  @Roles('admin')
  @ApiOperation({
    summary:
      'Change a partner: channel, category lists, acknowledgement timeout, enabled; a `key` joins the valid keys ' +
      '(the newest two are valid at once, so a partner rotates without a gap)',
  })
  update(
    @PathParam('code', PARTNER_CODE) code: string,
    @Body() settings: PartnerSettingsInput,
    @CurrentActor() actor: Actor,
  ): Promise<PartnerView> {
    return this.rpc.request(PartnerRpc.update, { actor, code, settings });
  }
}
