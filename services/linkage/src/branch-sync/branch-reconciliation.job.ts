import { Injectable, Logger } from '@nestjs/common';
import { NatsConnectionHolder } from '@hotline/messaging';
import { Transactions } from '@hotline/persistence';
import { Clock, IntervalJob } from '@hotline/platform';
import { LinkageConfig } from '../linkage.config';
import { PartnersRepository } from '../partners/partners.repository';
import { BranchReconciliations } from './branch-reconciliations';

/**
 * R10.2: reconciles every enabled branch centre by cursor every `HOTLINE_BRANCH_RECONCILE_MS`, and at once when our
 * NATS connection comes back (messages published while it was away are lost for us), so an offline side catches up.
 * One still running is left to go on unless it has run a whole period (it stalled), then it starts again.
 */
@Injectable()
export class BranchReconciliationJob extends IntervalJob {
  private readonly log = new Logger('BranchReconciliation');

  constructor(
    clock: Clock,
    private readonly config: LinkageConfig,
    private readonly transactions: Transactions,
    private readonly partners: PartnersRepository,
    private readonly reconciliations: BranchReconciliations,
    private readonly nats: NatsConnectionHolder,
  ) {
    super(clock, config.HOTLINE_BRANCH_RECONCILE_MS);
  }

  override onApplicationBootstrap(): void {
    super.onApplicationBootstrap();
    this.reconcileOnReconnect().catch((error: unknown) =>
      this.log.warn(`not watching NATS reconnects: ${(error as Error).message}`),
    );
  }

  async run(now: Date): Promise<string | undefined> {
    const branches = (await this.partners.list()).filter((partner) => partner.kind === 'branch' && partner.enabled);
    await this.transactions.run(async (manager) => {
      for (const branch of branches)
        await this.reconciliations.start(manager, branch.code, now, this.config.HOTLINE_BRANCH_RECONCILE_MS);
    });
    return branches.length > 0 ? `reconciling ${branches.map((branch) => branch.code).join(', ')}` : undefined;
  }

  private async reconcileOnReconnect(): Promise<void> {
    const connection = await this.nats.connection();
    for await (const status of connection.status())
      if (status.type === 'reconnect')
        await this.run(this.clock.now()).then(
          (done) => done && this.log.log(`NATS reconnected: ${done}`),
          (error: unknown) => this.log.warn(`reconciliation on reconnect failed: ${(error as Error).message}`),
        );
  }
}
