import { Injectable, Logger } from '@nestjs/common';
import { placeSequence } from '@hotline/domain';
import { Envelope } from '@hotline/partner-contracts';
import { EntityManager } from 'typeorm';
import { PartnerSequencesRepository } from './partner-sequences.repository';

/**
 * R10.2, for every partner: records each new message's sequence number in the transaction that stores it. A number
 * that jumps ahead opens a gap (the sync job asks the partner for it), a late one fills its gap.
 */
@Injectable()
export class PartnerSequenceTracker {
  private readonly logger = new Logger('PartnerSequences');

  constructor(private readonly sequences: PartnerSequencesRepository) {}

  async track(manager: EntityManager, envelope: Envelope, now: Date): Promise<void> {
    const sequence = Number(envelope.sequence);
    const state = await this.sequences.lockState(manager, envelope.partner);
    const highest = Number(state.highestSequence);
    const gap = sequence <= highest ? await this.sequences.gapContaining(manager, envelope.partner, sequence) : null;
    const placed = placeSequence(
      highest,
      sequence,
      gap ? { from: Number(gap.fromSequence), to: Number(gap.toSequence) } : null,
    );
    if (placed.opened) {
      await this.sequences.openGap(manager, envelope.partner, placed.opened, now);
      this.logger.log(`partner ${envelope.partner}: sequence gap ${placed.opened.from}-${placed.opened.to} opened`);
    }
    if (gap && placed.filled) await this.sequences.splitGap(manager, gap, placed.filled.remaining);
    if (placed.highest !== highest) {
      state.highestSequence = String(placed.highest);
      await this.sequences.saveState(manager, state);
    }
  }
}
