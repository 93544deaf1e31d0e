import { ActorMessage } from '../events/actor-message';
import { Type } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsISO8601,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { defineEvent } from '../events/event-definition';
import { Actor } from '../events/event-envelope';
import { defineRpc } from '../rpc/rpc-definition';
import { CallerView } from './read-caller.message';
import { PageFilters } from '../paging/page-filters';

// Caller identity as Art. 14/18 say (R14.3, R18.1): clear reads of the work order's caller, their audit, and the
// centre's relay to anonymous callers. Intake owns all three: it alone holds callers, encrypted.

/** The masked caller the work-order view carries (R14.3): asked by the gateway after supervision admitted the viewer. */
export class MaskedCallerQuery {
  @ValidateNested()
  @Type(() => Actor)
  viewer: Actor;

  @IsUUID()
  workOrderId: string;
}

/** GET /api/v1/admin/caller-reads filters (R14.3, R26.1): newest first, cursor paging. */
export class CallerReadFilters extends PageFilters {
  @IsOptional()
  @IsUUID()
  workOrderId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  unitId?: string;

  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;
}

export class ListCallerReadsQuery {
  @ValidateNested()
  @Type(() => CallerReadFilters)
  filters: CallerReadFilters;
}

/** One audited read of clear caller data: who, in what role and unit, when, why, of which work order. */
export interface CallerReadView {
  id: string;
  workOrderId: string | null;
  requestId: string;
  readerId: string;
  readerRole: string;
  unitId?: string;
  /** a code of CALLER_READ_REASONS */
  reason: string;
  /** the reader's own words beside the reason */
  note?: string;
  readAt: string;
}

export interface CallerReadPage {
  items: CallerReadView[];
  nextCursor?: string;
}

/** POST /api/v1/work-orders/{id}/contact-requests: what the unit needs the centre to tell, or ask, the caller. */
export class ContactRequestBody {
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  message: string;
}

export class CreateContactRequestMessage extends ActorMessage {
  @IsUUID()
  workOrderId: string;

  @ValidateNested()
  @Type(() => ContactRequestBody)
  body: ContactRequestBody;
}

/** POST /api/v1/contact-requests/{cid}/outcome: whether the centre reached the caller, and what it says. */
export class ContactRequestOutcomeBody {
  @IsBoolean()
  contacted: boolean;

  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string;
}

export class CloseContactRequestMessage extends ActorMessage {
  @IsUUID()
  contactRequestId: string;

  @ValidateNested()
  @Type(() => ContactRequestOutcomeBody)
  body: ContactRequestOutcomeBody;
}

export const CONTACT_REQUEST_STATUSES = ['open', 'closed'] as const;
export type ContactRequestStatus = (typeof CONTACT_REQUEST_STATUSES)[number];

/** GET /api/v1/contact-requests filters: oldest open task first, cursor paging. */
export class ContactRequestFilters extends PageFilters {
  @IsOptional()
  @IsIn(CONTACT_REQUEST_STATUSES)
  status?: ContactRequestStatus;

  @IsOptional()
  @IsUUID()
  workOrderId?: string;
}

export class ListContactRequestsQuery {
  @ValidateNested()
  @Type(() => ContactRequestFilters)
  filters: ContactRequestFilters;
}

export interface ContactRequestView {
  id: string;
  workOrderId: string;
  number: string;
  unitId: string;
  requestedBy: string;
  message: string;
  status: ContactRequestStatus;
  requestedAt: string;
  outcome?: { contacted: boolean; note?: string; closedBy: string; closedAt: string };
}

export interface ContactRequestPage {
  items: ContactRequestView[];
  nextCursor?: string;
}

/** A unit asked the centre to relay a contact to an anonymous caller (R14.3, R18.1); on the work order's timeline. */
export class ContactRequestedPayload {
  @IsUUID()
  contactRequestId: string;

  @IsUUID()
  workOrderId: string;

  @IsString()
  unitId: string;

  @IsString()
  message: string;
}

/** The centre closed a relay task with its outcome; on the work order's timeline. */
export class ContactRequestClosedPayload {
  @IsUUID()
  contactRequestId: string;

  @IsUUID()
  workOrderId: string;

  @IsString()
  unitId: string;

  @IsBoolean()
  contacted: boolean;

  @IsOptional()
  @IsString()
  note?: string;
}

export const ContactRequested = defineEvent('workorder', 'contact-requested', 1, ContactRequestedPayload);
export const ContactRequestClosed = defineEvent('workorder', 'contact-request-closed', 1, ContactRequestClosedPayload);

/** Reads of a work order's caller in clear go through IntakeQueryRpc.readCaller (`workOrderId`, or `requestId` on the old path). */
export const CallerIdentityRpc = {
  masked: defineRpc<MaskedCallerQuery, CallerView>('intake', 'callers.masked'),
  listReads: defineRpc<ListCallerReadsQuery, CallerReadPage>('intake', 'caller-reads.list'),
  createContactRequest: defineRpc<CreateContactRequestMessage, ContactRequestView>('intake', 'contact-requests.create'),
  listContactRequests: defineRpc<ListContactRequestsQuery, ContactRequestPage>('intake', 'contact-requests.list'),
  closeContactRequest: defineRpc<CloseContactRequestMessage, ContactRequestView>('intake', 'contact-requests.close'),
};
