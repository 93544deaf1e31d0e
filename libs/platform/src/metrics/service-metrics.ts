import { Injectable } from '@nestjs/common';
import { processMetrics } from '@hotline/telemetry';
import { Gauge, Registry } from 'prom-client';

/** One gauge read at scrape time: `read` answers its values, one per label set. */
export interface ScrapedGauge<L extends string> {
  name: string;
  help: string;
  labelNames?: readonly L[];
  read: () => Promise<Array<{ labels?: Partial<Record<L, string>>; value: number }>>;
}

/**
 * This service's `/metrics`: the process's recorded metrics (`processMetrics` of @hotline/telemetry) and the
 * gauges its modules read at scrape time (outbox, consumers, dead letters, a service's own, e.g. supervision's
 * overdue work orders by unit). One per app, so that tests running several services in one process keep theirs
 * apart. A gauge whose read fails is left out of that scrape rather than failing the others.
 */
@Injectable()
export class ServiceMetrics {
  private readonly registry = new Registry();

  get contentType(): string {
    return this.registry.contentType;
  }

  addGauge<L extends string>(gauge: ScrapedGauge<L>): void {
    new Gauge<L>({
      name: gauge.name,
      help: gauge.help,
      labelNames: gauge.labelNames ?? [],
      registers: [this.registry],
      async collect() {
        this.reset();
        let values;
        try {
          values = await gauge.read();
        } catch {
          return;
        }
        for (const { labels, value } of values) {
          if (labels) this.set(labels as Partial<Record<L, string>>, value);
          else this.set(value);
        }
      },
    });
  }

  async render(): Promise<string> {
    const [recorded, scraped] = await Promise.all([processMetrics.metrics(), this.registry.metrics()]);
    return `${recorded.trimEnd()}\n${scraped}`;
  }
}
