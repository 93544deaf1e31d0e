import { ForbiddenException, Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { SignedPartnerMessage } from '@hotline/contracts';
import { signedRequestTimeProblem } from '@hotline/domain';
import { partnerSignatureMatches } from '@hotline/partner-contracts';
import { LinkageConfig } from '../linkage.config';
import { PartnerKeySeal } from '../partners/partner-key-seal';
import { Partner } from '../partners/partner.entity';
import { PartnersRepository } from '../partners/partners.repository';

/**
 * Who may post to /partners/v1/{partner}/events (R10.1): a registered, enabled partner, within the replay window,
 * signing `<timestamp>.<body>` with one of its valid keys. A refusal is logged with the partner's code and the reason,
 * never with the body (it may hold a caller's number).
 */
@Injectable()
export class PartnerRequestAuthenticator {
  private readonly logger = new Logger('PartnerRequests');

  constructor(
    private readonly partners: PartnersRepository,
    private readonly seal: PartnerKeySeal,
    private readonly config: LinkageConfig,
  ) {}

  async authenticate(request: SignedPartnerMessage, now: Date): Promise<Partner> {
    const partner = /^[a-z0-9][a-z0-9-]{1,31}$/.test(request.partner)
      ? await this.partners.find(request.partner)
      : null;
    if (!partner) throw this.refuse(request, 401, 'unknown partner');
    if (!partner.enabled) throw this.refuse(request, 403, 'partner disabled');
    const timeProblem = signedRequestTimeProblem(
      request.timestamp,
      now,
      this.config.HOTLINE_PARTNER_REPLAY_WINDOW_SECONDS,
    );
    if (timeProblem) throw this.refuse(request, 401, timeProblem);
    const keys = (await this.partners.validKeys(partner.code)).filter(
      (key) => request.keyId === undefined || key.id === request.keyId,
    );
    const signed = keys.some((key) =>
      partnerSignatureMatches(
        this.seal.open(key.secretSealed),
        request.timestamp ?? '',
        request.body,
        request.signature ?? '',
      ),
    );
    if (!signed) throw this.refuse(request, 401, keys.length === 0 ? 'no valid key with that id' : 'bad signature');
    return partner;
  }

  private refuse(request: SignedPartnerMessage, status: 401 | 403, reason: string): Error {
    const partner = JSON.stringify(request.partner.slice(0, 32));
    this.logger.warn(`refused a partner request: partner ${partner}, ${reason}`);
    const message = status === 403 ? `partner ${request.partner} is disabled` : 'partner request not authenticated';
    return status === 403 ? new ForbiddenException(message) : new UnauthorizedException(message);
  }
}
