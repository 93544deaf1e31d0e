import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { insertRows } from '@hotline/persistence';
import { DataSource } from 'typeorm';
import { PartnerLine } from './partner-line.entity';

/** Every query of `partner_lines`, intake's copy of the partner registry. */
@Injectable()
export class PartnerLinesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  all(): Promise<PartnerLine[]> {
    return this.dataSource.manager.find(PartnerLine, { order: { code: 'ASC' } });
  }

  /** Keeps the announcement unless the copy holds a newer save (events of one partner may arrive out of order). */
  async keepNewest(line: PartnerLine): Promise<void> {
    await insertRows(
      this.dataSource.manager,
      PartnerLine,
      [line],
      `ON CONFLICT ("code") DO UPDATE SET "name" = EXCLUDED."name", "kind" = EXCLUDED."kind",
         "enabled" = EXCLUDED."enabled", "takes_from_us" = EXCLUDED."takes_from_us", "updated_at" = EXCLUDED."updated_at"
       WHERE "partner_lines"."updated_at" < EXCLUDED."updated_at"`,
    );
  }
}
