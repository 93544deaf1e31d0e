import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AwaitViewVersionQuery, AwaitViewVersionResult } from '@hotline/contracts';
import { WorkOrderState } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { ViewVersions } from './view-versions';

/** A replica that does not project the event learns of it only from the table: how often it looks. */
const POLL_MS = 50;

/**
 * Read your own writes (issue 11, item 7): the gateway asks, after a step answered with its version, until the
 * view, list and timeline show that version (one transaction projects all three), or `waitMs` has passed.
 */
@Injectable()
export class AwaitViewVersionUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly versions: ViewVersions,
  ) {}

  async execute({ workOrderId, version, waitMs }: AwaitViewVersionQuery): Promise<AwaitViewVersionResult> {
    const until = Date.now() + waitMs;
    for (;;) {
      const shown = await this.shownVersion(workOrderId);
      const left = until - Date.now();
      if (shown >= version || left <= 0) return { reached: shown >= version, version: shown };
      await this.versions.wait(workOrderId, version, Math.min(POLL_MS, left));
    }
  }

  private async shownVersion(workOrderId: string): Promise<number> {
    const row = await this.dataSource.getRepository(WorkOrderState).findOne({ where: { id: workOrderId }, select: { id: true, version: true } });
    return row?.version ?? 0;
  }
}
