import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WorkOrderStates } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Where a use case's repository calls run together: one transaction, or (`outside`) each statement on its own.
 * The EntityManager is only handed on to repositories, which take it as their first argument.
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
   * Runs `work` in a transaction once the work order has been handed over to dispatch (or a bounded wait has
   * passed), so that a step right after another service's step does not answer 404/409 for a moment.
   */
  async afterHandover<T>(workOrderId: string, work: (manager: EntityManager) => Promise<T>): Promise<T> {
    await this.states.awaitHandover(this.dataSource, workOrderId, 'dispatch');
    return this.dataSource.transaction(work);
  }

  /** For reads that need no transaction. */
  get outside(): EntityManager {
    return this.dataSource.manager;
  }
}
