import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { context, Context } from '@opentelemetry/api';
import { DataSource, EntityManager } from 'typeorm';
import { GroupCommit } from '../group-commit/group-commit';
import { WorkOrderStates } from './work-order-states';

interface CopyWork {
  snapshot: Record<string, unknown>;
  at: Date;
  /** The handler's trace: a batch's one statement is written in the trace of its first event. */
  trace: Context;
}

/**
 * A service's copies taken from events whose only effect is the copy: no inbox row, since the version alone makes a
 * redelivered or reordered event change nothing. Events handled at the same time share ONE statement (group commit),
 * which commits on its own: a single statement needs no BEGIN and COMMIT around it. A batch that fails is written
 * again one event at a time.
 */
@Injectable()
export class WorkOrderCopies {
  private readonly writes: GroupCommit<CopyWork, boolean>;

  constructor(
    @InjectDataSource() dataSource: DataSource,
    private readonly states: WorkOrderStates,
  ) {
    this.writes = new GroupCommit(
      (work) => work(dataSource.manager),
      (manager, batch) => this.takeNewest(manager, batch),
      64,
      'work-order-copies',
    );
  }

  /** Resolves once the copy is committed: true when this snapshot replaced it (newer than the copy). */
  follow(snapshot: Record<string, unknown>, at: Date): Promise<boolean> {
    return this.writes.submit({ snapshot, at, trace: context.active() });
  }

  private async takeNewest(manager: EntityManager, batch: CopyWork[]): Promise<boolean[]> {
    // One statement cannot change a row twice: of a work order's snapshots in the batch, only the highest version
    // is written; a redelivery of it, or an older one, is answered false.
    const newest = new Map<string, CopyWork>();
    for (const work of batch) {
      const best = newest.get(idOf(work));
      if (!best || versionOf(best) < versionOf(work)) newest.set(idOf(work), work);
    }
    const written = [...newest.values()];
    const trace = batch[0]?.trace ?? context.active();
    const replaced = await context.with(trace, () => this.states.followAll(manager, written));
    const newer = new Set(replaced.map((id) => id.toLowerCase()));
    return batch.map((work) => newest.get(idOf(work)) === work && newer.has(idOf(work)));
  }
}

// Postgres answers a uuid in lower case, whatever case it was given in.
const idOf = (work: CopyWork) => String(work.snapshot['id']).toLowerCase();
const versionOf = (work: CopyWork) => Number(work.snapshot['version']);
