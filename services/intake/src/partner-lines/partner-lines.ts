import { Injectable } from '@nestjs/common';
import { PartnerLine } from './partner-line.entity';
import { PartnerLinesRepository } from './partner-lines.repository';

/** How long another replica may answer from the copy it read before an announcement reached it. */
const CACHE_MS = 5_000;

/** The partner lines as the operator's path reads them: a dozen rows read on requests, kept for a few seconds. */
@Injectable()
export class PartnerLines {
  private cached?: { readAt: number; lines: Promise<PartnerLine[]> };

  constructor(private readonly repository: PartnerLinesRepository) {}

  all(): Promise<PartnerLine[]> {
    if (!this.cached || Date.now() - this.cached.readAt > CACHE_MS) {
      const lines = this.repository.all();
      this.cached = { readAt: Date.now(), lines };
      lines.catch(() => (this.cached = undefined));
    }
    return this.cached.lines;
  }

  async keep(line: PartnerLine): Promise<void> {
    await this.repository.keepNewest(line);
    this.cached = undefined;
  }
}
