import { Controller, Headers, HttpCode, Post, Req } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@hotline/auth';
import { PartnerMessageRpc, PartnerReceiptView } from '@hotline/contracts';
import { RpcClient } from '@hotline/messaging';
import { PARTNER_SIGNATURE_HEADERS } from '@hotline/partner-contracts';
import { PathParam } from '../path-params/path-param';
import { PARTNER_CODE } from '../path-params/path-param-kinds';

/** Messages from partner lines and branch centres over signed HTTPS (R10.1, R10.2); linkage checks the signature. */
@ApiTags('partners')
@Public()
@Controller('partners/v1')
export class PartnerEventsController {
  constructor(private readonly rpc: RpcClient) {}

  @Post(':partner/events')
  @HttpCode(202)
  @ApiOperation({
    summary:
      'A partner message (hotline.partner.v1.Envelope in protobuf JSON), signed: X-Hotline-Signature = hex ' +
      'HMAC-SHA256 of `<X-Hotline-Timestamp>.<body>` with the key X-Hotline-Key-Id. 401 unknown partner, bad ' +
      'signature or a timestamp outside the replay window; 403 disabled partner; 400 naming the field; 202 receipt',
  })
  @ApiHeader({ name: PARTNER_SIGNATURE_HEADERS.timestamp, description: 'unix seconds' })
  @ApiHeader({ name: PARTNER_SIGNATURE_HEADERS.keyId, description: 'the id of the key that signed' })
  @ApiHeader({ name: PARTNER_SIGNATURE_HEADERS.signature, description: 'hex HMAC-SHA256' })
  @ApiBody({
    schema: {
      type: 'object',
      description: 'hotline.partner.v1.Envelope in protobuf JSON mapping (proto/hotline/partner/v1)',
      properties: {
        messageId: { type: 'string', format: 'uuid' },
        partner: { type: 'string', maxLength: 32 },
        sender: { type: 'string', enum: ['SENDER_PARTNER'] },
        sequence: { type: 'string', pattern: '^[0-9]+$' },
        sentAt: { type: 'string', format: 'date-time' },
        expiresAt: { type: 'string', format: 'date-time' },
        sharedIncidentId: { type: 'string', format: 'uuid' },
      },
    },
  })
  receive(
    @PathParam('partner', PARTNER_CODE) partner: string,
    @Req() request: { body?: unknown },
    @Headers() headers: Record<string, string | undefined>,
  ): Promise<PartnerReceiptView> {
    return this.rpc.request(PartnerMessageRpc.receive, {
      partner,
      timestamp: headers[PARTNER_SIGNATURE_HEADERS.timestamp],
      keyId: headers[PARTNER_SIGNATURE_HEADERS.keyId],
      signature: headers[PARTNER_SIGNATURE_HEADERS.signature],
      body: typeof request.body === 'string' ? request.body : '',
    });
  }
}
