import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { WorkOrder } from '@hotline/domain';
import { WorkOrderStates } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';

/**
 * Callbacks' copies of the work orders, where the callback record (R20.1) and the appeal's state (R20.3) live, as
 * the use cases reach them: the transaction a step runs in, the wait for a hand-over, one order. The steps
 * themselves are WorkOrderStates' (lock, domain rules, new version and its event).
 */
@Injectable()
export class CallbackWorkOrdersRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly states: WorkOrderStates,
  ) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Waits, a bounded while, for a work order on its way to callbacks (see WorkOrderStates.awaitHandover). */
  awaitHandover(id: string): Promise<void> {
    return this.states.awaitHandover(this.dataSource, id, 'callbacks');
  }

  find(id: string): Promise<WorkOrder | null> {
    return this.states.find(this.dataSource.manager, id);
  }
}
