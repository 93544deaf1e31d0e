import { BranchSyncView, PartnerView } from '@hotline/contracts';
import { PartnerKey } from './partner-key.entity';
import { Partner } from './partner.entity';

/** The NATS subjects of a partner on channel nats: it publishes to `.in` and reads `.out`. */
export function partnerSubjects(code: string): { in: string; out: string } {
  return { in: `partner.${code}.in`, out: `partner.${code}.out` };
}

export function toPartnerView(partner: Partner, keys: PartnerKey[], branchSync?: BranchSyncView): PartnerView {
  return {
    code: partner.code,
    name: partner.name,
    kind: partner.kind,
    channel: partner.channel,
    subjects: partnerSubjects(partner.code),
    endpoint: `/partners/v1/${partner.code}/events`,
    ...(partner.deliveryUrl ? { deliveryUrl: partner.deliveryUrl } : {}),
    takesFromUs: partner.takesFromUs,
    givesToUs: partner.givesToUs,
    ackTimeoutSeconds: partner.ackTimeoutSeconds,
    enabled: partner.enabled,
    unitId: partner.unitId,
    ...(branchSync ? { branchSync } : {}),
    keys: keys.map((key) => ({ id: key.id, createdAt: key.createdAt.toISOString() })),
    updatedAt: partner.updatedAt.toISOString(),
    updatedBy: partner.updatedBy,
  };
}
