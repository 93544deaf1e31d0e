import { Injectable } from '@nestjs/common';
import { insertRows } from '@hotline/persistence';
import { EntityManager } from 'typeorm';
import { CallerMisuseFlag } from './caller-misuse-flag.entity';

/** R27.1 the requests recorded as misuse (`caller_misuse_flags`). */
@Injectable()
export class CallerMisuseFlagRepository {
  async insertMany(manager: EntityManager, flags: CallerMisuseFlag[]): Promise<void> {
    await insertRows(manager, CallerMisuseFlag, flags);
  }
}
