import { Type } from 'class-transformer';
import { IsISO8601, IsOptional, ValidateNested } from 'class-validator';
import { PageFilters } from '../paging/page-filters';
import { defineRpc } from '../rpc/rpc-definition';

/** GET /api/v1/hot-spots?since= (R23.1 trigger 2): hot spots that had work orders since then, newest first. */
export class HotSpotFilters extends PageFilters {
  /** hot spots with a work order received at or after this instant (default: every hot spot) */
  @IsOptional()
  @IsISO8601({ strict: true })
  since?: string;
}

export class ListHotSpotsQuery {
  @ValidateNested()
  @Type(() => HotSpotFilters)
  filters: HotSpotFilters;
}

/** One Beijing day's count of the place × category's complaints and reports. */
export interface HotSpotDailyCount {
  /** YYYY-MM-DD, Beijing */
  day: string;
  count: number;
}

/** Concentrated complaints about one place × category against their own baseline; its work orders keep their handling. */
export interface HotSpotView {
  id: string;
  district: string;
  street?: string;
  category: string;
  detectedAt: string;
  windowStart: string;
  windowEnd: string;
  /** the work orders in the window when it was detected */
  detectedCount: number;
  /** the expected count of such a window: the mean of the same weekday-hours of the previous weeks */
  baseline: number;
  /** every work order linked to it, those that joined later included */
  count: number;
  workOrderIds: string[];
  lastReceivedAt: string;
  /** it takes later work orders of its place × category until then */
  activeUntil: string;
  active: boolean;
  /** daily counts of its place × category (0 on days without any) from two weeks before its window to its last work order */
  trend: HotSpotDailyCount[];
}

export interface HotSpotPage {
  items: HotSpotView[];
  nextCursor?: string;
}

export const HotSpotRpc = {
  list: defineRpc<ListHotSpotsQuery, HotSpotPage>('supervision', 'hot-spots.list'),
};
