import { ActorMessage } from '../events/actor-message';
import { IsUnitCode } from '../dispatch/unit-code';
import { fieldRule } from '../boundary/field-rule';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUrl,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import {
  PARTNER_CHANNELS,
  PARTNER_CODE_PATTERN,
  PARTNER_KEY_ID_PATTERN,
  PARTNER_KINDS,
  PartnerChannel,
  PartnerKind,
} from '@hotline/domain';
import { defineEvent } from '../events/event-definition';
import { defineRpc } from '../rpc/rpc-definition';

/** The most categories one direction of a partner's agreed list (互转清单) holds. */
export const PARTNER_CATEGORIES_MAX = 200;

/** The categories one side of a partner agreement takes from the other: up to PARTNER_CATEGORIES_MAX names of 64 characters. */
function AgreedCategories(): PropertyDecorator {
  return fieldRule(
    IsArray(),
    ArrayMaxSize(PARTNER_CATEGORIES_MAX),
    IsString({ each: true }),
    IsNotEmpty({ each: true }),
    MaxLength(64, { each: true }),
  );
}

/** An HMAC-SHA256 key agreed with the partner out of band; its secret is never shown again. */
export class PartnerKeyInput {
  @Matches(PARTNER_KEY_ID_PATTERN, { message: 'id must be 1 to 32 letters, digits, _ or -' })
  id: string;

  /** at least 32 characters of shared secret (e.g. 32 random bytes in base64) */
  @IsString()
  @MinLength(32)
  @MaxLength(256)
  secret: string;
}

/** PUT /api/v1/partners/{code}: everything of a partner but its code; `key` adds a key (the newest two are valid). */
export class PartnerSettingsInput {
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  name: string;

  @IsIn(PARTNER_KINDS)
  kind: PartnerKind;

  @IsIn(PARTNER_CHANNELS)
  channel: PartnerChannel;

  /** the categories this partner takes from 12345 (our transfers out) */
  @AgreedCategories()
  takesFromUs: string[];

  /** the categories 12345 takes from this partner (its transfers in) */
  @AgreedCategories()
  givesToUs: string[];

  /** how long a transfer out may wait for the business acknowledgement before the operator is alerted */
  @IsInt()
  @Min(1)
  @Max(86_400)
  ackTimeoutSeconds: number;

  @IsBoolean()
  enabled: boolean;

  /** for a branch centre: the unit in our directory assessed for its orders (R10.2); null for none, kept when absent */
  @IsOptional()
  @IsUnitCode({ message: 'unitId must be a unit id such as xt-cgj' })
  unitId?: string | null;

  @IsOptional()
  @ValidateNested()
  @Type(() => PartnerKeyInput)
  key?: PartnerKeyInput;

  /**
   * channel https: where linkage posts its messages to the partner, signed like the partner's own (HMAC-SHA256 over
   * timestamp and body, with the partner's newest key). Absent: the messages go to its NATS subject `.out`.
   */
  @IsOptional()
  @IsUrl({ protocols: ['https', 'http'], require_protocol: true, require_tld: false })
  @MaxLength(512)
  deliveryUrl?: string;
}

/** POST /api/v1/partners: a new partner line or branch centre. */
export class PartnerInput extends PartnerSettingsInput {
  @Matches(PARTNER_CODE_PATTERN, { message: 'code must be 2 to 32 lower-case letters, digits or -' })
  code: string;
}

export class RegisterPartnerMessage extends ActorMessage {
  @ValidateNested()
  @Type(() => PartnerInput)
  partner: PartnerInput;
}

export class UpdatePartnerMessage extends ActorMessage {
  @Matches(PARTNER_CODE_PATTERN, { message: 'code must be 2 to 32 lower-case letters, digits or -' })
  code: string;

  @ValidateNested()
  @Type(() => PartnerSettingsInput)
  settings: PartnerSettingsInput;
}

export class PartnerCodeQuery {
  @Matches(PARTNER_CODE_PATTERN, { message: 'code must be 2 to 32 lower-case letters, digits or -' })
  code: string;
}

export interface PartnerView {
  code: string;
  name: string;
  kind: PartnerKind;
  channel: PartnerChannel;
  /** for channel nats: where the partner publishes (`in`) and where it reads (`out`) */
  subjects: { in: string; out: string };
  /** for channel https: where the partner posts its signed messages */
  endpoint: string;
  /** for channel https: where linkage posts its signed messages to the partner */
  deliveryUrl?: string;
  takesFromUs: string[];
  givesToUs: string[];
  ackTimeoutSeconds: number;
  enabled: boolean;
  unitId: string | null;
  /** for a branch centre (kind branch): how its orders are kept in step with ours (R10.2) */
  branchSync?: BranchSyncView;
  /** the valid keys, newest first: ids only, never the secret */
  keys: Array<{ id: string; createdAt: string }>;
  updatedAt: string;
  updatedBy: string;
}

/** R10.2: a branch centre's sync as the operator sees it in the partner registry. */
export interface BranchSyncView {
  /** the highest sequence number received from the branch, and the one up to which nothing is missing */
  lastSequence: number;
  contiguousThrough: number;
  openGaps: Array<{ from: number; to: number; requests: number }>;
  /** true while a reconciliation by cursor runs */
  reconciling: boolean;
  lastReconciledAt: string | null;
  /** the branch's orders we hold now */
  heldOrders: number;
  /** at the last reconciliation: the branch's count, and that count less the orders we held */
  branchTotal: number | null;
  drift: number | null;
}

export const PartnerRpc = {
  list: defineRpc<Record<string, never>, { items: PartnerView[] }>('linkage', 'partners.list'),
  get: defineRpc<PartnerCodeQuery, PartnerView>('linkage', 'partners.get'),
  register: defineRpc<RegisterPartnerMessage, PartnerView>('linkage', 'partners.register'),
  update: defineRpc<UpdatePartnerMessage, PartnerView>('linkage', 'partners.update'),
};

/**
 * A partner as linkage saved it (R10.1): what other services may keep a copy of — its kind, whether it is enabled and
 * its agreed category lists — never its keys. Sent on every save, and for every partner when linkage starts.
 */
export class PartnerSavedPayload {
  @Matches(PARTNER_CODE_PATTERN)
  code: string;

  @IsString()
  name: string;

  @IsIn(PARTNER_KINDS)
  kind: PartnerKind;

  @IsBoolean()
  enabled: boolean;

  @IsArray()
  @IsString({ each: true })
  takesFromUs: string[];

  @IsArray()
  @IsString({ each: true })
  givesToUs: string[];

  @IsISO8601({ strict: true })
  updatedAt: string;
}

export const PartnerSaved = defineEvent('linkage', 'partner-saved', 1, PartnerSavedPayload);
