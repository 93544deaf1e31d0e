import { Controller, Get, Header } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '@hotline/auth';
import { ServiceMetrics } from '@hotline/platform';
import { prometheusContentType } from 'prom-client';

@ApiTags('health')
@Public()
@Controller()
export class MetricsController {
  constructor(private readonly metrics: ServiceMetrics) {}

  @Get('metrics')
  @ApiOperation({ summary: 'Prometheus metrics of the gateway: HTTP and NATS request rates, latencies and statuses' })
  @ApiProduces(prometheusContentType)
  @Header('Content-Type', prometheusContentType)
  @Header('Cache-Control', 'no-store')
  scrape(): Promise<string> {
    return this.metrics.render();
  }
}
