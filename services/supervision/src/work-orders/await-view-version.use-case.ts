import { Injectable } from '@nestjs/common';
import { AwaitViewVersionQuery, AwaitViewVersionResult } from '@hotline/contracts';
import { ViewVersions } from './view-versions';
import { WorkOrderListingRepository } from './work-order-listing.repository';

/** A replica that does not project the event learns of it only from the table: how often it looks. */
const POLL_MS = 50;

/** The RPC's query is the command: the work order, the version the step answered with, and how long to wait. */
export type AwaitViewVersionCommand = AwaitViewVersionQuery;

/**
 * Read your own writes (issue 11, item 7): the gateway asks, after a step answered with its version, until the
 * view, list and timeline show that version (one transaction projects all three), or `waitMs` has passed.
 */
@Injectable()
export class AwaitViewVersionUseCase {
  constructor(
    private readonly workOrders: WorkOrderListingRepository,
    private readonly versions: ViewVersions,
  ) {}

  async execute({ workOrderId, version, waitMs }: AwaitViewVersionCommand): Promise<AwaitViewVersionResult> {
    const until = Date.now() + waitMs;
    for (;;) {
      const shown = await this.workOrders.shownVersion(workOrderId);
      const left = until - Date.now();
      if (shown >= version || left <= 0) return { reached: shown >= version, version: shown };
      // Projected and committed by this process: no need to read it back.
      const seen = await this.versions.wait(workOrderId, version, Math.min(POLL_MS, left));
      if (seen !== null) return { reached: true, version: seen };
    }
  }
}
