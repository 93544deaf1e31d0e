import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { ServiceMetrics } from '@hotline/platform';
import { prometheusContentType } from 'prom-client';
import { GatewayConfig } from '../gateway.config';

/**
 * The gateway's Prometheus metrics on an internal port of their own (`METRICS_PORT`), as the backend services serve
 * theirs on their health port: the public port, which the ingress exposes, answers 404 for `/metrics`.
 */
@Injectable()
export class MetricsPort implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private server?: Server;

  constructor(
    private readonly metrics: ServiceMetrics,
    private readonly config: GatewayConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const server = createServer((request, response) => void this.answer(request, response));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.config.METRICS_PORT, '0.0.0.0', () => resolve());
    });
    this.server = server;
    Logger.log(`metrics on port ${this.port()} at /metrics`, 'MetricsPort');
  }

  async beforeApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }

  /** The port listened on (`METRICS_PORT`, or the one the system chose for 0). */
  port(): number {
    return (this.server?.address() as AddressInfo).port;
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    try {
      const body = await this.metrics.render();
      response.writeHead(200, { 'content-type': prometheusContentType, 'cache-control': 'no-store' }).end(body);
    } catch (error) {
      response.writeHead(500, { 'content-type': 'text/plain' }).end((error as Error).message);
    }
  }
}
