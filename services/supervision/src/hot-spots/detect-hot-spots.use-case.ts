import { Injectable } from '@nestjs/common';
import { Actor, HotSpotDetected, HotSpotGrew } from '@hotline/contracts';
import { hotSpotBaseline, HotSpotWindow, hotSpotWindows, isHotSpot } from '@hotline/domain';
import { OutboxWriter, Transactions } from '@hotline/persistence';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { SupervisionConfig } from '../supervision.config';
import { HotSpot } from './hot-spot.entity';
import { CandidateOrder, HotSpotKey, HotSpotRepository, KeyCount } from './hot-spot.repository';

export const HOT_SPOT_ACTOR: Actor = Object.freeze({ kind: 'system', id: 'hot-spot-job' }) as Actor;

/** The most work-order ids one event carries (the contract's limit); more go in further `HotSpotGrew` events. */
const IDS_PER_EVENT = 10_000;

export class DetectHotSpotsCommand {
  constructor(readonly now: Date) {}
}

export interface HotSpotRun {
  detected: string[];
  grew: string[];
}

const keyOf = (key: HotSpotKey) => JSON.stringify([key.district, key.street, key.category]);

/**
 * R23.1 trigger 2: links later work orders of each active hot spot's place × category to it (`HotSpotGrew` with the
 * added ids), then finds new hot spots — place × category counts of the window against their own baseline (the
 * domain's `isHotSpot`) — and records each with every work order behind it (`HotSpotDetected`). One transaction under
 * a lock that one replica holds at a time; a work order is linked to one hot spot at most (its primary key), so a
 * second run, here or in another replica, finds nothing left to do.
 */
@Injectable()
export class DetectHotSpotsUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly hotSpots: HotSpotRepository,
    private readonly outbox: OutboxWriter,
    private readonly config: SupervisionConfig,
  ) {}

  execute({ now }: DetectHotSpotsCommand): Promise<HotSpotRun> {
    return this.transactions.run(async (manager) => {
      if (!(await this.hotSpots.lockJob(manager))) return { detected: [], grew: [] };
      const active = await this.hotSpots.activeAt(manager, now);
      const grew: string[] = [];
      for (const hotSpot of active) if (await this.grow(manager, hotSpot, now)) grew.push(hotSpot.id);
      const detected = await this.detect(manager, new Set(active.map(keyOf)), now);
      return { detected, grew };
    });
  }

  private async grow(manager: EntityManager, hotSpot: HotSpot, now: Date): Promise<boolean> {
    const orders = await this.hotSpots.ordersOf(manager, hotSpot, { start: hotSpot.windowStart, end: now });
    const linked = await this.hotSpots.link(manager, hotSpot.id, orders, now);
    if (linked.length === 0) return false;
    const lastReceivedAt = latest(hotSpot.lastReceivedAt, linked);
    const memberCount = hotSpot.memberCount + linked.length;
    await this.hotSpots.grew(manager, hotSpot.id, {
      memberCount,
      lastReceivedAt,
      activeUntil: this.activeUntil(lastReceivedAt),
    });
    await this.announceGrowth(manager, hotSpot.id, memberCount, linked, now);
    return true;
  }

  private async detect(manager: EntityManager, activeKeys: Set<string>, now: Date): Promise<string[]> {
    const windows = hotSpotWindows(
      now,
      this.config.HOTLINE_HOT_SPOT_WINDOW_HOURS,
      this.config.HOTLINE_HOT_SPOT_BASELINE_WEEKS,
    );
    const threshold = { minCount: this.config.HOTLINE_HOT_SPOT_MIN_COUNT, ratio: this.config.HOTLINE_HOT_SPOT_RATIO };
    const candidates = (await this.hotSpots.countsIn(manager, windows.current, true)).filter(
      (count) => count.count >= threshold.minCount && !activeKeys.has(keyOf(count)),
    );
    if (candidates.length === 0) return [];
    const recordingSince = await this.hotSpots.recordingSince(manager);
    const earlier: Map<string, number>[] = [];
    for (const window of windows.baseline) earlier.push(await this.countsByKey(manager, window));
    const detected: string[] = [];
    for (const candidate of candidates) {
      const weeks = windows.baseline.map((window, i) => ({ ...window, count: earlier[i]?.get(keyOf(candidate)) ?? 0 }));
      const baseline = hotSpotBaseline(weeks, recordingSince);
      if (baseline === undefined || !isHotSpot(candidate.count, baseline, threshold)) continue;
      detected.push(await this.record(manager, candidate, baseline, windows.current, now));
    }
    return detected;
  }

  private async record(
    manager: EntityManager,
    key: KeyCount,
    baseline: number,
    window: HotSpotWindow,
    now: Date,
  ): Promise<string> {
    const id = randomUUID();
    const linked = await this.hotSpots.link(manager, id, await this.hotSpots.ordersOf(manager, key, window), now);
    const lastReceivedAt = latest(window.start, linked);
    await this.hotSpots.insert(manager, {
      id,
      district: key.district,
      street: key.street,
      category: key.category,
      detectedAt: now,
      windowStart: window.start,
      windowEnd: window.end,
      detectedCount: linked.length,
      baseline,
      memberCount: linked.length,
      lastReceivedAt,
      activeUntil: this.activeUntil(lastReceivedAt),
    });
    const ids = linked.map((order) => order.id);
    await this.outbox.add(
      manager,
      HotSpotDetected,
      {
        hotSpotId: id,
        district: key.district,
        ...(key.street ? { street: key.street } : {}),
        category: key.category,
        windowStart: window.start.toISOString(),
        windowEnd: window.end.toISOString(),
        count: linked.length,
        baseline,
        workOrderIds: ids.slice(0, IDS_PER_EVENT),
      },
      { actor: HOT_SPOT_ACTOR, occurredAt: now },
    );
    if (linked.length > IDS_PER_EVENT)
      await this.announceGrowth(manager, id, linked.length, linked.slice(IDS_PER_EVENT), now);
    return id;
  }

  private async announceGrowth(
    manager: EntityManager,
    hotSpotId: string,
    count: number,
    added: CandidateOrder[],
    now: Date,
  ): Promise<void> {
    for (let from = 0; from < added.length; from += IDS_PER_EVENT) {
      const workOrderIds = added.slice(from, from + IDS_PER_EVENT).map((order) => order.id);
      await this.outbox.add(
        manager,
        HotSpotGrew,
        { hotSpotId, count, workOrderIds },
        { actor: HOT_SPOT_ACTOR, occurredAt: now },
      );
    }
  }

  private async countsByKey(manager: EntityManager, window: HotSpotWindow): Promise<Map<string, number>> {
    const counts = await this.hotSpots.countsIn(manager, window, false);
    return new Map(counts.map((count) => [keyOf(count), count.count]));
  }

  private activeUntil(lastReceivedAt: Date): Date {
    return new Date(lastReceivedAt.getTime() + this.config.HOTLINE_HOT_SPOT_ACTIVE_HOURS * 3_600_000);
  }
}

function latest(since: Date, orders: CandidateOrder[]): Date {
  return new Date(Math.max(since.getTime(), ...orders.map((order) => order.receivedAt.getTime())));
}
