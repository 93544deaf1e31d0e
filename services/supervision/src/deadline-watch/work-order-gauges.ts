import { Injectable, OnModuleInit } from '@nestjs/common';
import { Clock, ServiceMetrics } from '@hotline/platform';
import { DeadlineCountsRepository, UnitDeadlineCounts } from './deadline-counts.repository';

/**
 * Supervision's gauges, from the deadlines the watch keeps: work orders open (a deadline running), due soon and
 * overdue, by lead unit. One reading per scrape feeds all three.
 */
@Injectable()
export class WorkOrderGauges implements OnModuleInit {
  private reading?: Promise<UnitDeadlineCounts[]>;

  constructor(
    private readonly metrics: ServiceMetrics,
    private readonly counts: DeadlineCountsRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    const gauges: Array<[string, string, keyof Omit<UnitDeadlineCounts, 'unit'>]> = [
      [
        'hotline_work_orders_open',
        'Work orders with a deadline running, by lead unit (centre: not dispatched)',
        'open',
      ],
      ['hotline_work_orders_due_soon', 'Work orders due soon and not yet overdue, by lead unit', 'dueSoon'],
      ['hotline_work_orders_overdue', 'Work orders past their running deadline, by lead unit', 'overdue'],
    ];
    for (const [name, help, field] of gauges) {
      this.metrics.addGauge({
        name,
        help,
        labelNames: ['unit'],
        read: async () => (await this.read()).map((row) => ({ labels: { unit: row.unit }, value: row[field] })),
      });
    }
  }

  private read(): Promise<UnitDeadlineCounts[]> {
    this.reading ??= this.counts.byUnit(this.clock.now()).finally(() => setImmediate(() => (this.reading = undefined)));
    return this.reading;
  }
}
