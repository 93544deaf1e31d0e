import { Injectable } from '@nestjs/common';
import { WorkingCalendar } from '@hotline/calendar';
import { AnomalousCallerRead, CallerReadAnomalies, CallerReadAnomaliesFilters } from '@hotline/contracts';
import { beijingMonth, isOutsideWorkingHours, isReadOfOrderNotWorkedOn, readBursts } from '@hotline/domain';
import { IntakeConfig } from '../intake.config';
import { CallerRead } from './caller-read.entity';
import { CallerReadRepository } from './caller-read.repository';

/** The most reads or bursts a list of the register shows (`truncated` says when more were found). */
const LIST_MAX = 500;

/**
 * Art. 26(5) the caller-read audit of a month, per unit: bursts of reads by one reader, reads outside working hours
 * (the working-day calendar), and reads of work orders that were not with their units — as the domain defines them.
 */
@Injectable()
export class CallerReadAnomaliesUseCase {
  constructor(
    private readonly reads: CallerReadRepository,
    private readonly calendar: WorkingCalendar,
    private readonly config: IntakeConfig,
  ) {}

  async execute(filters: CallerReadAnomaliesFilters): Promise<{ items: CallerReadAnomalies[] }> {
    const { start, end } = beijingMonth(filters.month);
    const reads = await this.reads.unitReadsBetween(start, end, filters.unitId);
    const byUnit = new Map<string, CallerRead[]>(filters.unitId ? [[filters.unitId, []]] : []);
    for (const read of reads) {
      const unitId = read.unitId ?? '';
      byUnit.set(unitId, [...(byUnit.get(unitId) ?? []), read]);
    }
    return { items: [...byUnit].map(([unitId, own]) => this.anomaliesOf(unitId, filters.month, own)) };
  }

  private anomaliesOf(unitId: string, month: string, reads: CallerRead[]): CallerReadAnomalies {
    const bursts = readBursts(reads, {
      count: this.config.HOTLINE_CALLER_READ_BURST_COUNT,
      withinMinutes: this.config.HOTLINE_CALLER_READ_BURST_MINUTES,
    });
    const outside = reads.filter((read) => isOutsideWorkingHours(read.readAt, this.calendar.current));
    const notWorkedOn = reads.filter(isReadOfOrderNotWorkedOn);
    return {
      unitId,
      month,
      reads: reads.length,
      bursts: bursts.slice(0, LIST_MAX).map((burst) => ({
        readerId: burst.readerId,
        from: burst.from.toISOString(),
        until: burst.until.toISOString(),
        reads: burst.readIds.length,
        readIds: burst.readIds.slice(0, LIST_MAX),
      })),
      outsideWorkingHours: outside.slice(0, LIST_MAX).map(shown),
      ofOrdersNotWorkedOn: notWorkedOn.slice(0, LIST_MAX).map(shown),
      truncated: Math.max(bursts.length, outside.length, notWorkedOn.length) > LIST_MAX,
    };
  }
}

function shown(read: CallerRead): AnomalousCallerRead {
  return {
    id: read.id,
    readerId: read.readerId,
    workOrderId: read.workOrderId,
    readAt: read.readAt.toISOString(),
    reason: read.reason,
    ...(read.workOrderStatus ? { workOrderStatus: read.workOrderStatus } : {}),
  };
}
