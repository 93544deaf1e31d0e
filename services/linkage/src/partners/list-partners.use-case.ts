import { Injectable } from '@nestjs/common';
import { BranchSyncView, PartnerView } from '@hotline/contracts';
import { NotFoundError } from '@hotline/domain';
import { BranchSyncViews } from '../branch-sync/branch-sync-views';
import { toPartnerView } from './partner-view';
import { Partner } from './partner.entity';
import { PartnersRepository } from './partners.repository';

/**
 * GET /api/v1/partners and /api/v1/partners/{code}: the registry with its valid key ids, never a secret; a branch
 * centre with its sync (R10.2).
 */
@Injectable()
export class ListPartnersUseCase {
  constructor(
    private readonly partners: PartnersRepository,
    private readonly branchSync: BranchSyncViews,
  ) {}

  async list(): Promise<{ items: PartnerView[] }> {
    const [partners, keys, syncs] = await Promise.all([
      this.partners.list(),
      this.partners.allValidKeys(),
      this.branchSync.byBranch(),
    ]);
    return {
      items: partners.map((partner) =>
        toPartnerView(
          partner,
          keys.filter((key) => key.partnerCode === partner.code),
          syncOf(partner, syncs),
        ),
      ),
    };
  }

  async get(code: string): Promise<PartnerView> {
    const partner = await this.partners.find(code);
    if (!partner) throw new NotFoundError(`no partner ${code}`);
    const syncs = partner.kind === 'branch' ? await this.branchSync.byBranch() : new Map<string, BranchSyncView>();
    return toPartnerView(partner, await this.partners.validKeys(code), syncOf(partner, syncs));
  }
}

function syncOf(partner: Partner, syncs: Map<string, BranchSyncView>): BranchSyncView | undefined {
  return partner.kind === 'branch' ? (syncs.get(partner.code) ?? BranchSyncViews.empty()) : undefined;
}
