import { AccessDeniedError, partnerMaySend, RegulationViolationError } from '@hotline/domain';
import { Envelope } from '@hotline/partner-contracts';
import { timestampDate } from '@bufbuild/protobuf/wkt';
import { Partner } from '../partners/partner.entity';

/**
 * What a usable message must also be to be acted on, over HTTPS and NATS alike: sent by a partner that may send its
 * kind of body (R10.2: branch orders from branch centres only; 403) and not past its expiry (R10.1; 422).
 */
export function assertAcceptable(envelope: Envelope, partner: Partner, now: Date): void {
  if (!partnerMaySend(partner.kind, envelope.body.case))
    throw new AccessDeniedError(
      `partner ${partner.code} is not a branch centre and may not send ${envelope.body.case}`,
    );
  const expiresAt = envelope.expiresAt ? timestampDate(envelope.expiresAt) : now;
  if (expiresAt.getTime() < now.getTime())
    throw new RegulationViolationError('R10.1', `message ${envelope.messageId} expired at ${expiresAt.toISOString()}`);
}
