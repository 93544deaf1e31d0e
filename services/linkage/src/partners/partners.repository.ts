import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertOnce, insertRows } from '@hotline/persistence';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { PartnerKey } from './partner-key.entity';
import { Partner } from './partner.entity';

/** The partner registry: every query of `partners` and `partner_keys`. */
@Injectable()
export class PartnersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  list(): Promise<Partner[]> {
    return this.dataSource.manager.find(Partner, { order: { code: 'ASC' } });
  }

  /** Every partner by its code, for a job that looks up the partner of each row it handles. */
  async byCode(): Promise<Map<string, Partner>> {
    return new Map((await this.list()).map((partner) => [partner.code, partner]));
  }

  find(code: string, manager: EntityManager = this.dataSource.manager): Promise<Partner | null> {
    return manager.findOne(Partner, { where: { code } });
  }

  /** Takes the partner row for this transaction, so that two key rotations of one partner run in turn. */
  findForUpdate(manager: EntityManager, code: string): Promise<Partner | null> {
    return manager.findOne(Partner, { where: { code }, lock: { mode: 'pessimistic_write' } });
  }

  /** Inserts the partner unless its code is taken; false when it was. */
  insert(manager: EntityManager, partner: Partner): Promise<boolean> {
    return insertOnce(manager, Partner, partner, '("code")');
  }

  async update(manager: EntityManager, partner: Partner): Promise<void> {
    await manager.update(Partner, { code: partner.code }, partner);
  }

  /** The valid keys, newest first. */
  validKeys(code: string, manager: EntityManager = this.dataSource.manager): Promise<PartnerKey[]> {
    return manager.find(PartnerKey, {
      where: { partnerCode: code, retiredAt: IsNull() },
      order: { generation: 'DESC' },
    });
  }

  /** The valid keys of every partner, for the list. */
  allValidKeys(): Promise<PartnerKey[]> {
    return this.dataSource.manager.find(PartnerKey, {
      where: { retiredAt: IsNull() },
      order: { generation: 'DESC' },
    });
  }

  /** Every key the partner ever had, retired ones too. */
  everyKey(manager: EntityManager, code: string): Promise<Array<Pick<PartnerKey, 'id' | 'generation'>>> {
    return manager.find(PartnerKey, { where: { partnerCode: code }, select: { id: true, generation: true } });
  }

  async insertKey(manager: EntityManager, key: PartnerKey): Promise<void> {
    await insertRows(manager, PartnerKey, [key]);
  }

  async retireKeys(manager: EntityManager, code: string, ids: string[], at: Date): Promise<void> {
    for (const id of ids) await manager.update(PartnerKey, { partnerCode: code, id }, { retiredAt: at });
  }
}
