import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { DeadLetter } from './dead-letter.entity';

export interface NewDeadLetter {
  consumer: string;
  subject: string;
  eventId: string | null;
  reason: string;
  deliveries: number;
  body: string;
  headers: Record<string, string>;
}

/** Messages a consumer gave up on, kept in the service's own schema to be listed and replayed. */
@Injectable()
export class DeadLetterStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(DeadLetter);
  }

  async add(letter: NewDeadLetter): Promise<DeadLetter> {
    const row = this.repository.create({ ...letter, id: uuidv7(), reason: letter.reason.slice(0, 4000) });
    await this.repository.insert(row);
    return this.repository.findOneByOrFail({ id: row.id });
  }

  async list(options: { includeReplayed?: boolean; limit?: number } = {}): Promise<DeadLetter[]> {
    return this.repository.find({
      where: options.includeReplayed ? {} : { replayedAt: IsNull() },
      order: { createdAt: 'DESC' },
      take: Math.min(options.limit ?? 100, 500),
    });
  }

  /** Dead letters not yet replayed, per consumer (for the metrics). */
  async countOpenByConsumer(): Promise<Array<{ consumer: string; count: number }>> {
    const rows = (await this.repository
      .createQueryBuilder('d')
      .select('d.consumer', 'consumer')
      .addSelect('count(*)::int', 'count')
      .where('d.replayed_at IS NULL')
      .groupBy('d.consumer')
      .getRawMany()) as Array<{ consumer: string; count: number }>;
    return rows.map((row) => ({ consumer: row.consumer, count: Number(row.count) }));
  }

  async get(id: string): Promise<DeadLetter | null> {
    return this.repository.findOneBy({ id });
  }

  async markReplayed(id: string): Promise<DeadLetter> {
    await this.repository.update({ id }, { replayedAt: () => 'now()' });
    return this.repository.findOneByOrFail({ id });
  }
}
