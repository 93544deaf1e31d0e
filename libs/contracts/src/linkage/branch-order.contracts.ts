import { IsIn, IsInt, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, Min } from 'class-validator';
import { BRANCH_ORDER_STATUSES, BranchOrderStatus, PARTNER_CODE_PATTERN } from '@hotline/domain';
import { defineEvent } from '../events/event-definition';

/**
 * A branch centre's work order as it stands now (R10.2), published by linkage after every change it took from the
 * branch (a pushed order, a status change, a reconciliation page). Each one carries the whole order, so a consumer
 * keeps the one with the highest `version` and may drop the rest. Caller identity stays with the branch and is never
 * here.
 */
export class BranchOrderSyncedPayload {
  /** ours, stable for (branch, externalId): supervision lists, watches and opens cases on it like a work-order id */
  @IsUUID()
  id: string;

  /** the branch centre's partner code, e.g. 12315 */
  @Matches(PARTNER_CODE_PATTERN)
  branch: string;

  @IsString()
  @MaxLength(128)
  externalId: string;

  /** 1 for the first sync of the order, one more for each change linkage took; order per branch order */
  @IsInt()
  @Min(1)
  version: number;

  /** the branch's own number, shown in supervision's lists */
  @IsString()
  @MaxLength(64)
  number: string;

  /** the unit in our directory that answers for the branch centre (the partner registry's `unitId`), when set */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  unitId?: string;

  /** the branch's own name of the unit handling it, as sent */
  @IsOptional()
  @IsString()
  handlingUnit?: string;

  /** consultation, help, complaint, report or suggestion when the branch uses our types; otherwise as sent */
  @IsString()
  @MaxLength(32)
  requestType: string;

  @IsOptional()
  @IsString()
  category?: string;

  @IsOptional()
  @IsString()
  district?: string;

  /** what the citizen asked, without caller identity */
  @IsString()
  matter: string;

  @IsIn(BRANCH_ORDER_STATUSES)
  status: BranchOrderStatus;

  @IsISO8601()
  acceptedAt: string;

  /** the branch's deadline for the order; watched like ours while the order is open */
  @IsOptional()
  @IsISO8601()
  dueAt?: string;

  /** when the branch closed it */
  @IsOptional()
  @IsISO8601()
  closedAt?: string;

  /** the branch's time of the change */
  @IsISO8601()
  updatedAt: string;
}

/** R10.2: a branch centre's order was created or changed; supervision lists, watches and counts it as a branch order. */
export const BranchOrderSynced = defineEvent('linkage', 'branch-order-synced', 1, BranchOrderSyncedPayload);
