import { Injectable, Logger } from '@nestjs/common';
import { gapRequestDue } from '@hotline/domain';
import { Transactions } from '@hotline/persistence';
import { Clock, IntervalJob } from '@hotline/platform';
import { Envelope, EnvelopeInit } from '@hotline/partner-contracts';
import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { LinkageConfig } from '../linkage.config';
import { PartnerSequencesRepository } from '../partner-messages/partner-sequences.repository';
import { Partner } from '../partners/partner.entity';
import { PartnersRepository } from '../partners/partners.repository';
import { OutgoingEnvelopes } from '../transfers-out/outgoing-envelopes';
import { PartnerOutbound } from '../transfers-out/partner-outbound';
import { BranchReconciliations } from './branch-reconciliations';

const BATCH = 100;

/**
 * R10.2: asks partners again for what is missing, on their channel like a transfer: each open sequence gap once, then
 * after a doubling back-off while it stays open (a branch is reconciled instead once it was asked for too often), and
 * the next page of each running reconciliation. The requests are sent after the transaction that records them.
 */
@Injectable()
export class PartnerSyncJob extends IntervalJob {
  private readonly log = new Logger('PartnerSync');

  constructor(
    clock: Clock,
    private readonly config: LinkageConfig,
    private readonly transactions: Transactions,
    private readonly sequences: PartnerSequencesRepository,
    private readonly partners: PartnersRepository,
    private readonly reconciliations: BranchReconciliations,
    private readonly envelopes: OutgoingEnvelopes,
    private readonly outbound: PartnerOutbound,
  ) {
    super(clock, config.HOTLINE_PARTNER_SYNC_MS);
  }

  async run(now: Date): Promise<string | undefined> {
    const partners = await this.partners.byCode();
    const lost: string[] = [];
    const requests = await this.transactions.run(async (manager) => [
      ...(await this.gapRequests(manager, partners, lost, now)),
      ...(await this.pageRequests(manager, now)),
    ]);
    // apart from the gaps' transaction: the intake takes a partner's state before its gaps, never the other way round
    if (lost.length > 0)
      await this.transactions.run(async (manager) => {
        for (const branch of new Set(lost)) await this.reconciliations.start(manager, branch, now);
      });
    for (const envelope of requests)
      await this.outbound
        .sendEnvelope(envelope.partner, envelope)
        .catch((error: unknown) => this.log.warn(`could not ask ${envelope.partner}: ${(error as Error).message}`));
    return requests.length > 0 ? `asked partners for ${requests.length} missing range(s) or page(s)` : undefined;
  }

  /** The requests for open gaps; the branches whose gap is taken as lost are added to `lost`, to be reconciled. */
  private async gapRequests(
    manager: EntityManager,
    partners: Map<string, Partner>,
    lost: string[],
    now: Date,
  ): Promise<Envelope[]> {
    const requests: Envelope[] = [];
    for (const gap of await this.sequences.openGaps(manager, BATCH)) {
      if (!gapRequestDue(gap, now, this.config.HOTLINE_PARTNER_GAP_BACKOFF_MS)) continue;
      if (gap.requests >= this.config.HOTLINE_PARTNER_GAP_REQUESTS) {
        await this.sequences.closeGap(manager, gap);
        const range = `${gap.fromSequence}-${gap.toSequence}`;
        if (partners.get(gap.partnerCode)?.kind === 'branch') {
          this.log.warn(
            `branch ${gap.partnerCode}: gap ${range} not filled after ${gap.requests} requests; reconciling`,
          );
          lost.push(gap.partnerCode);
        } else this.log.warn(`partner ${gap.partnerCode}: gap ${range} not filled after ${gap.requests} requests`);
        continue;
      }
      gap.requests += 1;
      gap.requestedAt = now;
      await this.sequences.saveGap(manager, gap);
      requests.push(
        await this.request(manager, gap.partnerCode, now, {
          fromSequence: BigInt(gap.fromSequence),
          toSequence: BigInt(gap.toSequence),
        }),
      );
    }
    return requests;
  }

  private async pageRequests(manager: EntityManager, now: Date): Promise<Envelope[]> {
    const requests: Envelope[] = [];
    for (const state of await this.sequences.reconciling(manager)) {
      const asked = state.reconciliationRequestedAt;
      if (asked && now.getTime() - asked.getTime() < this.config.HOTLINE_BRANCH_PAGE_TIMEOUT_MS) continue;
      const request = await this.request(manager, state.partnerCode, now, { cursor: state.reconciliationCursor ?? '' });
      state.reconciliationRequestedAt = now;
      await this.sequences.saveState(manager, state);
      requests.push(request);
    }
    return requests;
  }

  private request(
    manager: EntityManager,
    partner: string,
    now: Date,
    value: Extract<NonNullable<EnvelopeInit['body']>, { case: 'reconciliationRequest' }>['value'],
  ): Promise<Envelope> {
    return this.envelopes.next(
      manager,
      { partner, sharedIncidentId: randomUUID(), body: { case: 'reconciliationRequest', value } },
      now,
    );
  }
}
