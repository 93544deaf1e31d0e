import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { PartnerSaved, PartnerSavedPayload, SYSTEM_ACTOR } from '@hotline/contracts';
import { OutboxWriter, Transactions } from '@hotline/persistence';
import { Clock } from '@hotline/platform';
import { Partner } from '../partners/partner.entity';
import { PartnersRepository } from '../partners/partners.repository';

export function partnerSavedPayload(partner: Partner): PartnerSavedPayload {
  return {
    code: partner.code,
    name: partner.name,
    kind: partner.kind,
    enabled: partner.enabled,
    takesFromUs: partner.takesFromUs,
    givesToUs: partner.givesToUs,
    updatedAt: partner.updatedAt.toISOString(),
  };
}

/**
 * R10.1: every partner is announced when linkage starts, so that a service keeping a copy of the registry (intake,
 * for the operator's path, which must not wait on linkage) has the seeded partners too. Copies keep the newest
 * `updatedAt`, so announcing again changes nothing.
 */
@Injectable()
export class AnnouncePartners implements OnApplicationBootstrap {
  constructor(
    private readonly transactions: Transactions,
    private readonly partners: PartnersRepository,
    private readonly outbox: OutboxWriter,
    private readonly clock: Clock,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const partners = await this.partners.list();
    const occurredAt = this.clock.now();
    await this.transactions.run((manager) =>
      this.outbox.addMany(
        manager,
        partners.map((partner) => ({
          definition: PartnerSaved,
          payload: partnerSavedPayload(partner),
          meta: { actor: SYSTEM_ACTOR, occurredAt },
        })),
      ),
    );
  }
}
