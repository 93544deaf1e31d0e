import { Injectable } from '@nestjs/common';
import {
  decodePageCursor,
  encodePageCursor,
  HotSpotDailyCount,
  HotSpotFilters,
  HotSpotPage,
  HotSpotView,
} from '@hotline/contracts';
import { beijingDayOf, dayToIsoDate, startOfBeijingDay } from '@hotline/domain';
import { keysetPage } from '@hotline/persistence';
import { HotSpot } from './hot-spot.entity';
import { HotSpotListRepository } from './hot-spot-list.repository';

const DEFAULT_LIMIT = 20;
const DAY_MS = 24 * 3_600_000;
/** the trend starts this many days before the hot spot's window, and spans at most TREND_MAX_DAYS */
const TREND_DAYS_BEFORE = 13;
const TREND_MAX_DAYS = 62;

export class ListHotSpotsCommand {
  constructor(
    readonly filters: HotSpotFilters,
    readonly now: Date,
  ) {}
}

/** GET /api/v1/hot-spots?since= (R23.1 trigger 2): each hot spot with its counts, baseline, work orders and trend. */
@Injectable()
export class ListHotSpotsUseCase {
  constructor(private readonly hotSpots: HotSpotListRepository) {}

  async execute({ filters, now }: ListHotSpotsCommand): Promise<HotSpotPage> {
    const { rows, ...next } = await keysetPage(
      filters.limit ?? DEFAULT_LIMIT,
      (take) =>
        this.hotSpots.page({
          since: filters.since ? new Date(filters.since) : undefined,
          before: filters.cursor ? decodePageCursor(filters.cursor) : undefined,
          rows: take,
        }),
      (last) => encodePageCursor({ at: last.detectedAt, id: last.id }),
    );
    const members = await this.hotSpots.members(rows.map((hotSpot) => hotSpot.id));
    const items: HotSpotView[] = [];
    for (const hotSpot of rows) items.push(await this.view(hotSpot, members.get(hotSpot.id) ?? [], now));
    return { items, ...next };
  }

  private async view(hotSpot: HotSpot, workOrderIds: string[], now: Date): Promise<HotSpotView> {
    const from = startOfBeijingDay(beijingDayOf(hotSpot.windowStart) - TREND_DAYS_BEFORE);
    const until = new Date(Math.min(hotSpot.lastReceivedAt.getTime(), from.getTime() + TREND_MAX_DAYS * DAY_MS));
    return {
      id: hotSpot.id,
      district: hotSpot.district,
      ...(hotSpot.street ? { street: hotSpot.street } : {}),
      category: hotSpot.category,
      detectedAt: hotSpot.detectedAt.toISOString(),
      windowStart: hotSpot.windowStart.toISOString(),
      windowEnd: hotSpot.windowEnd.toISOString(),
      detectedCount: hotSpot.detectedCount,
      baseline: hotSpot.baseline,
      count: hotSpot.memberCount,
      workOrderIds,
      lastReceivedAt: hotSpot.lastReceivedAt.toISOString(),
      activeUntil: hotSpot.activeUntil.toISOString(),
      active: hotSpot.activeUntil.getTime() > now.getTime(),
      trend: everyDay(await this.hotSpots.dailyCounts(hotSpot, from, until), from, until),
    };
  }
}

/** The daily counts with a 0 for each day without a work order, from the day of `from` to the day of `until`. */
function everyDay(counts: HotSpotDailyCount[], from: Date, until: Date): HotSpotDailyCount[] {
  const byDay = new Map(counts.map((entry) => [entry.day, entry.count]));
  const days: HotSpotDailyCount[] = [];
  for (let day = beijingDayOf(from); day <= beijingDayOf(until); day++) {
    const iso = dayToIsoDate(day);
    days.push({ day: iso, count: byDay.get(iso) ?? 0 });
  }
  return days;
}
