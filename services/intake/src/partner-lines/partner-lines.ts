import { Injectable } from '@nestjs/common';
import { KeptRead } from '../kept-read';
import { PartnerLine } from './partner-line.entity';
import { PartnerLinesRepository } from './partner-lines.repository';

/** How long another replica may answer from the copy it read before an announcement reached it. */
const CACHE_MS = 5_000;

/** The partner lines as the operator's path reads them: a dozen rows read on requests, kept for a few seconds. */
@Injectable()
export class PartnerLines {
  private readonly lines: KeptRead<PartnerLine[]>;

  constructor(private readonly repository: PartnerLinesRepository) {
    this.lines = new KeptRead(() => repository.all(), CACHE_MS);
  }

  all(): Promise<PartnerLine[]> {
    return this.lines.get();
  }

  async keep(line: PartnerLine): Promise<void> {
    await this.repository.keepNewest(line);
    this.lines.forget();
  }
}
