import { Injectable } from '@nestjs/common';
import { ReEncryptCallersMessage, ReEncryptCallersResult } from '@hotline/contracts';
import { AccessDeniedError } from '@hotline/domain';
import { CitizenRequestRepository, SealedCaller } from '../requests/citizen-request.repository';
import { CallerCipher } from './caller-cipher';
import { Transactions } from '@hotline/persistence';

const DEFAULT_BATCH = 200;
/** One call stops after this long and reports what remains, so an admin request never times out. */
const TIME_BUDGET_MS = 3_000;

/** POST /api/v1/admin/caller-keys/re-encrypt */
export type ReEncryptCallersCommand = ReEncryptCallersMessage;

/**
 * R14.3 key rotation: caller values sealed with a key other than the newest are decrypted and sealed again
 * with the newest, batch by batch (rows locked, skipped when another run holds them). An administrator's task.
 */
@Injectable()
export class ReEncryptCallersUseCase {
  constructor(
    private readonly transactions: Transactions,
    private readonly requests: CitizenRequestRepository,
    private readonly cipher: CallerCipher,
  ) {}

  async execute({ actor, batchSize = DEFAULT_BATCH }: ReEncryptCallersCommand): Promise<ReEncryptCallersResult> {
    if (actor.role !== 'admin') throw new AccessDeniedError('only an administrator rotates caller keys');
    const started = Date.now();
    let reEncrypted = 0;
    for (;;) {
      const done = await this.batch(batchSize);
      reEncrypted += done;
      if (done < batchSize || Date.now() - started > TIME_BUDGET_MS) break;
    }
    return {
      activeKeyId: this.cipher.activeKeyId,
      reEncrypted,
      remaining: await this.requests.countSealedElsewhere(this.activePrefix()),
    };
  }

  private batch(size: number): Promise<number> {
    return this.transactions.run(async (manager) => {
      const rows = await this.requests.lockSealedElsewhere(manager, this.activePrefix(), size);
      for (const row of rows) await this.requests.updateSealedCaller(manager, this.resealed(row));
      return rows.length;
    });
  }

  private resealed(row: SealedCaller): SealedCaller {
    return {
      id: row.id,
      callerNameEnc: this.reseal(row.callerNameEnc),
      callerPhoneEnc: this.reseal(row.callerPhoneEnc),
      callerIdNumberEnc: this.reseal(row.callerIdNumberEnc),
    };
  }

  private reseal(stored: string | null): string | null {
    if (!stored || this.cipher.keyIdOf(stored) === this.cipher.activeKeyId) return stored;
    return this.cipher.encrypt(this.cipher.decrypt(stored));
  }

  private activePrefix(): string {
    return `v1:${this.cipher.activeKeyId}:`;
  }
}
