import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BackendServiceName } from '@hotline/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { WorkOrderStates } from '../work-orders/work-order-states';

/**
 * Where a use case's repository calls run together: one transaction, or (`outside`) each statement on its own. The
 * EntityManager is only handed on to repositories, which take it as their first argument.
 */
@Injectable()
export class Transactions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly states: WorkOrderStates,
  ) {}

  run<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /**
   * Runs `work` in a transaction once the work order has been handed over to `owner` (or a bounded wait has passed),
   * so that a step right after another service's step does not answer 404/409 for a moment.
   */
  async afterHandover<T>(
    workOrderId: string,
    owner: BackendServiceName,
    work: (manager: EntityManager) => Promise<T>,
  ): Promise<T> {
    await this.states.awaitHandover(this.dataSource, workOrderId, owner);
    return this.dataSource.transaction(work);
  }

  /** For reads that need no transaction. */
  get outside(): EntityManager {
    return this.dataSource.manager;
  }
}
