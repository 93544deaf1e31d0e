import { Injectable } from '@nestjs/common';
import { Clock, IntervalJob } from '@hotline/platform';
import { SupervisionConfig } from '../supervision.config';
import { DetectHotSpotsCommand, DetectHotSpotsUseCase } from './detect-hot-spots.use-case';

/** R23.1 trigger 2: looks for hot spots every HOTLINE_HOT_SPOT_SWEEP_MS (default 5 min, 0 = off). */
@Injectable()
export class HotSpotJob extends IntervalJob {
  constructor(
    private readonly detect: DetectHotSpotsUseCase,
    clock: Clock,
    config: SupervisionConfig,
  ) {
    super(clock, config.HOTLINE_HOT_SPOT_SWEEP_MS);
  }

  protected async run(now: Date): Promise<string | undefined> {
    const { detected, grew } = await this.detect.execute(new DetectHotSpotsCommand(now));
    if (detected.length + grew.length === 0) return undefined;
    return `hot spots (R23.1 trigger 2): ${detected.length} detected, ${grew.length} grew`;
  }
}
