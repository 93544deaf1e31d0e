import { BACKEND_SERVICES } from '@hotline/contracts';
import { IsPort } from '@hotline/platform';
import {
  IsInt,
  IsString,
  Max,
  Min,
  MinLength,
  Validate,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
} from 'class-validator';

/** Development only: set HOTLINE_PARTNER_KEY_SEAL in every real deployment (32 random bytes, base64). */
export const DEVELOPMENT_PARTNER_KEY_SEAL = 'ZGV2ZWxvcG1lbnQtb25seS1wYXJ0bmVyLWtleS1zZWE=';

/** In production the seal must be set, and not to the development value everyone can read above. */
@ValidatorConstraint({ name: 'realSealInProduction' })
class RealSealInProduction implements ValidatorConstraintInterface {
  validate(seal: unknown, { object }: ValidationArguments): boolean {
    return (object as { NODE_ENV?: string }).NODE_ENV !== 'production' || seal !== DEVELOPMENT_PARTNER_KEY_SEAL;
  }

  defaultMessage(): string {
    return 'is unset or the public development seal: set a real one (32 random bytes, base64) when NODE_ENV=production';
  }
}

/**
 * linkage's one config class, validated when the app is created (the libraries' own settings (NATS, Postgres) are
 * their config classes). Every variable is in the root README's Configuration table.
 */
export class LinkageConfig {
  /** The internal port of `/healthz` and `/readyz`. */
  @IsPort()
  HEALTH_PORT: number = BACKEND_SERVICES.linkage;

  /** `production` refuses the public development seal below: linkage then does not start without a real one. */
  @IsString()
  NODE_ENV = 'development';

  /** AES-256 key (base64 of 32 bytes) that seals partners' HMAC secrets at rest. */
  @IsString()
  @MinLength(44)
  @Validate(RealSealInProduction)
  HOTLINE_PARTNER_KEY_SEAL: string = DEVELOPMENT_PARTNER_KEY_SEAL;

  /** A signed partner request whose timestamp is further than this from now is refused as a possible replay. */
  @IsInt()
  @Min(10)
  @Max(3_600)
  HOTLINE_PARTNER_REPLAY_WINDOW_SECONDS = 300;

  /** How often unacknowledged transfers out are sent again and checked for silence, in ms (0 = off). */
  @IsInt()
  @Min(0)
  @Max(60_000)
  HOTLINE_TRANSFER_DELIVERY_MS = 1_000;

  /** The longest wait between two tries of a transfer out (the back-off doubles from 1 s up to this). */
  @IsInt()
  @Min(1_000)
  @Max(600_000)
  HOTLINE_TRANSFER_RETRY_MAX_MS = 30_000;

  /** How long a message sent to a partner stays valid (each try carries a fresh expiry). */
  @IsInt()
  @Min(10)
  @Max(86_400)
  HOTLINE_TRANSFER_EXPIRY_SECONDS = 300;

  /** How often open sequence gaps and running reconciliations are asked for, in ms (0 = off). */
  @IsInt()
  @Min(0)
  @Max(60_000)
  HOTLINE_PARTNER_SYNC_MS = 1_000;

  /** How long an open gap waits before it is asked for again (the wait doubles with each request). */
  @IsInt()
  @Min(100)
  @Max(600_000)
  HOTLINE_PARTNER_GAP_BACKOFF_MS = 5_000;

  /** How long a reconciliation page may take to come before it is asked for again. */
  @IsInt()
  @Min(1_000)
  @Max(600_000)
  HOTLINE_BRANCH_PAGE_TIMEOUT_MS = 30_000;

  /** How many times a gap is asked for before it is taken as lost and the branch is reconciled instead. */
  @IsInt()
  @Min(1)
  @Max(20)
  HOTLINE_PARTNER_GAP_REQUESTS = 3;

  /** How often every enabled branch centre is reconciled by cursor, in ms (0 = off). */
  @IsInt()
  @Min(0)
  @Max(86_400_000)
  HOTLINE_BRANCH_RECONCILE_MS = 900_000;
}
