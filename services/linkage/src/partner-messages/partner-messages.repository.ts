import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertOnce } from '@hotline/persistence';
import { DataSource, EntityManager } from 'typeorm';
import { PartnerMessageIn } from './partner-message-in.entity';

/** Messages received from partners: every query of `partner_messages_in`. */
@Injectable()
export class PartnerMessagesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Stores the message unless its id is known; false for a duplicate (at-least-once delivery). */
  insertOnce(manager: EntityManager, message: PartnerMessageIn): Promise<boolean> {
    return insertOnce(manager, PartnerMessageIn, message);
  }

  find(messageId: string): Promise<PartnerMessageIn | null> {
    return this.dataSource.manager.findOne(PartnerMessageIn, { where: { messageId } });
  }

  countOf(partnerCode: string): Promise<number> {
    return this.dataSource.manager.count(PartnerMessageIn, { where: { partnerCode } });
  }
}
