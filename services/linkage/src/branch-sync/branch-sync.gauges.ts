import { Injectable, OnModuleInit } from '@nestjs/common';
import { ServiceMetrics } from '@hotline/platform';
import { PartnerSequencesRepository } from '../partner-messages/partner-sequences.repository';

/** R10.2: the drift each branch's last reconciliation found, and each partner's open sequence gaps, at scrape time. */
@Injectable()
export class BranchSyncGauges implements OnModuleInit {
  constructor(
    private readonly metrics: ServiceMetrics,
    private readonly sequences: PartnerSequencesRepository,
  ) {}

  onModuleInit(): void {
    this.metrics.addGauge({
      name: 'hotline_branch_drift',
      help: "A branch centre's order count less the orders linkage held at its last reconciliation",
      labelNames: ['branch'],
      read: async () =>
        (await this.sequences.states()).flatMap((state) =>
          state.drift === null ? [] : [{ labels: { branch: state.partnerCode }, value: state.drift }],
        ),
    });
    this.metrics.addGauge({
      name: 'hotline_partner_open_gaps',
      help: "Ranges of a partner's sequence numbers not received yet",
      labelNames: ['partner'],
      read: async () => {
        const counts = new Map<string, number>();
        for (const gap of await this.sequences.gapsOf())
          counts.set(gap.partnerCode, (counts.get(gap.partnerCode) ?? 0) + 1);
        return [...counts].map(([partner, value]) => ({ labels: { partner }, value }));
      },
    });
  }
}
