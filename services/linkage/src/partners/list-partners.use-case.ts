import { Injectable } from '@nestjs/common';
import { PartnerView } from '@hotline/contracts';
import { NotFoundError } from '@hotline/domain';
import { toPartnerView } from './partner-view';
import { PartnersRepository } from './partners.repository';

/** GET /api/v1/partners and /api/v1/partners/{code}: the registry with its valid key ids, never a secret. */
@Injectable()
export class ListPartnersUseCase {
  constructor(private readonly partners: PartnersRepository) {}

  async list(): Promise<{ items: PartnerView[] }> {
    const [partners, keys] = await Promise.all([this.partners.list(), this.partners.allValidKeys()]);
    return {
      items: partners.map((partner) =>
        toPartnerView(
          partner,
          keys.filter((key) => key.partnerCode === partner.code),
        ),
      ),
    };
  }

  async get(code: string): Promise<PartnerView> {
    const partner = await this.partners.find(code);
    if (!partner) throw new NotFoundError(`no partner ${code}`);
    return toPartnerView(partner, await this.partners.validKeys(code));
  }
}
