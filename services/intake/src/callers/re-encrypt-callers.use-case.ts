import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ReEncryptCallersResult } from '@hotline/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { CitizenRequest } from '../requests/citizen-request.entity';
import { CallerCipher } from './caller-cipher';

const DEFAULT_BATCH = 200;
/** One call stops after this long and reports what remains, so an admin request never times out. */
const TIME_BUDGET_MS = 3_000;

/**
 * R14.3 key rotation: caller values sealed with a key other than the newest are decrypted and sealed again
 * with the newest, batch by batch (rows locked, skipped when another run holds them).
 */
@Injectable()
export class ReEncryptCallersUseCase {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: CallerCipher,
  ) {}

  async execute(batchSize = DEFAULT_BATCH): Promise<ReEncryptCallersResult> {
    const started = Date.now();
    let reEncrypted = 0;
    for (;;) {
      const done = await this.dataSource.transaction((manager) => this.batch(manager, batchSize));
      reEncrypted += done;
      if (done < batchSize || Date.now() - started > TIME_BUDGET_MS) break;
    }
    return { activeKeyId: this.cipher.activeKeyId, reEncrypted, remaining: await this.remaining(this.dataSource.manager) };
  }

  private async batch(manager: EntityManager, size: number): Promise<number> {
    const rows: Array<{ id: string; caller_name_enc: string | null; caller_phone_enc: string | null; caller_id_number_enc: string | null }> = await manager.query(
      `SELECT id, caller_name_enc, caller_phone_enc, caller_id_number_enc FROM ${this.table(manager)}
       WHERE ${this.stale()} ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED`,
      [this.activePrefix(), size],
    );
    for (const row of rows) {
      await manager.update(CitizenRequest, row.id, {
        callerNameEnc: this.reseal(row.caller_name_enc),
        callerPhoneEnc: this.reseal(row.caller_phone_enc),
        callerIdNumberEnc: this.reseal(row.caller_id_number_enc),
      });
    }
    return rows.length;
  }

  private async remaining(manager: EntityManager): Promise<number> {
    const [{ n }] = await manager.query(`SELECT count(*)::int AS n FROM ${this.table(manager)} WHERE ${this.stale()}`, [this.activePrefix()]);
    return n;
  }

  private reseal(stored: string | null): string | null {
    if (!stored || this.cipher.keyIdOf(stored) === this.cipher.activeKeyId) return stored;
    return this.cipher.encrypt(this.cipher.decrypt(stored));
  }

  private stale(): string {
    return ['caller_name_enc', 'caller_phone_enc', 'caller_id_number_enc'].map((column) => `(${column} IS NOT NULL AND left(${column}, length($1)) <> $1)`).join(' OR ');
  }

  private activePrefix(): string {
    return `v1:${this.cipher.activeKeyId}:`;
  }

  private table(manager: EntityManager): string {
    return manager.getRepository(CitizenRequest).metadata.tablePath;
  }
}
