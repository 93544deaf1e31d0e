import type { OnDutyView } from '../supervision/roster.contracts';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { BranchOrderStatus, PARTNER_CODE_PATTERN, WORK_ORDER_STATUSES, WorkOrderStatus } from '@hotline/domain';
import { Actor } from '../events/event-envelope';
import { REQUEST_TYPES, RequestType } from './reference';
import { WorkOrderRequest } from './work-order-request';
import { WorkOrderView } from './work-order-view';
import { PageFilters } from '../paging/page-filters';
import { QueryFlag } from '../boundary/query-flag';

/** The orders of GET /api/v1/work-orders: newest received first, or nearest running deadline first. */
export const WORK_ORDER_SORTS = ['newest', 'due'] as const;
export type WorkOrderSort = (typeof WORK_ORDER_SORTS)[number];

/** R10.2 where a listed order comes from: the hotline's own, or a branch centre's (12315, 12333 …). */
export const WORK_ORDER_ORIGINS = ['hotline', 'branch'] as const;
export type WorkOrderOrigin = (typeof WORK_ORDER_ORIGINS)[number];

/** GET /api/v1/work-orders query parameters (R14.1): filters, order and cursor paging. */
export class WorkOrderFilters extends PageFilters {
  @IsOptional()
  @IsIn(WORK_ORDER_STATUSES)
  status?: WorkOrderStatus;

  @IsOptional()
  @IsString()
  @MaxLength(64)
  unitId?: string;

  @IsOptional()
  @IsIn(REQUEST_TYPES)
  type?: RequestType;

  /** true: its running limit has passed; false: it has not (or none runs) */
  @QueryFlag()
  overdue?: boolean;

  @IsOptional()
  @IsISO8601({ strict: true })
  dueBefore?: string;

  /** words of the request's content (all of them), or a work-order number, its beginning (XT optional) or its last digits (4 or more characters) */
  @IsOptional()
  @IsString()
  @MaxLength(64)
  text?: string;

  /** R10.2 hotline: our own work orders only; branch: branch centres' orders only */
  @IsOptional()
  @IsIn(WORK_ORDER_ORIGINS)
  origin?: WorkOrderOrigin;

  /** R10.2 the orders of one branch centre, by its partner code (e.g. 12315) */
  @IsOptional()
  @IsString()
  @Matches(PARTNER_CODE_PATTERN, { message: 'branch must be a partner code such as 12315' })
  branch?: string;

  /** newest (the default): newest received first; due: nearest running deadline first, those without one last */
  @IsOptional()
  @IsIn(WORK_ORDER_SORTS)
  sort?: WorkOrderSort;
}

export class ListWorkOrdersQuery {
  @ValidateNested()
  @Type(() => Actor)
  viewer: Actor;

  @ValidateNested()
  @Type(() => WorkOrderFilters)
  filters: WorkOrderFilters;
}

export class GetWorkOrderQuery {
  @IsUUID()
  workOrderId: string;

  @ValidateNested()
  @Type(() => Actor)
  viewer: Actor;
}

/** Read your own writes: waits (at most `waitMs`) until supervision's view shows the work order at `version` or later. */
export class AwaitViewVersionQuery {
  @IsUUID()
  workOrderId: string;

  @IsInt()
  @Min(1)
  version: number;

  @IsInt()
  @Min(0)
  @Max(30_000)
  waitMs: number;
}

export interface AwaitViewVersionResult {
  reached: boolean;
  /** the version supervision's view shows now (0: not there yet) */
  version: number;
}

export interface WorkOrderListItem {
  id: string;
  number: string | null;
  status: string;
  type: string;
  leadUnitId: string | null;
  coUnitIds: string[];
  district: string | null;
  category: string | null;
  receivedAt: string;
  /** the limit running in the current state, Beijing time */
  due: string | null;
  overdue: boolean;
  /** the matter; null only for work orders recorded before it travelled with `workorder.created`, and branch orders */
  request: WorkOrderRequest | null;
  /** R10.2 branch: a branch centre's order, supervised like ours (`number` is the branch's, `status` read as ours) */
  origin: WorkOrderOrigin;
  /** R10.2 the branch centre's partner code, for a branch order */
  branch?: string;
  /** R10.2 the status as the branch reported it, for a branch order */
  branchStatus?: BranchOrderStatus;
}

/** R10.2 a branch centre's order as the branch reported it (its caller identity stays with the branch). */
export interface BranchOrderFacts {
  /** the branch centre's partner code */
  code: string;
  externalId: string;
  number: string;
  status: BranchOrderStatus;
  /** the branch's own name of the unit handling it */
  handlingUnit?: string;
  /** what the citizen asked; a unit sees it for its own branch orders only */
  matter?: string;
  acceptedAt: string;
  /** the branch's deadline, Beijing time */
  dueAt?: string;
  closedAt?: string;
  updatedAt: string;
}

export interface WorkOrderPage {
  items: WorkOrderListItem[];
  nextCursor?: string;
}

export type WorkOrderDetail = WorkOrderView & {
  district?: string;
  category?: string;
  /** R11.1 who was on duty at the hotline on the day the call was received, as recorded then */
  onDuty?: OnDutyView;
  /** Art. 8(4) the viewer reads it as the unit above one of its handling units: no step is its to take */
  readOnly?: boolean;
  /** R10.2 branch: a branch centre's order (no step is taken on it here; its caller stays with the branch) */
  origin?: WorkOrderOrigin;
  branch?: BranchOrderFacts;
};
