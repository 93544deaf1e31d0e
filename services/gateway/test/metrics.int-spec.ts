import { INestApplication } from '@nestjs/common';
import { bootstrapService } from '@hotline/platform';
import { createTestEnvironment, freePort, TestEnvironment } from '@hotline/testing';
import { AppModule } from '../src/app.module';

/**
 * The gateway's `/metrics`, on its internal METRICS_PORT and not on the public port: HTTP requests by route pattern and
 * status, never the path's ids.
 */
describe('gateway metrics (real HTTP, real NATS)', () => {
  let environment: TestEnvironment;
  let gateway: INestApplication;
  let url: string;
  let metricsUrl: string;

  beforeAll(async () => {
    environment = await createTestEnvironment('gwmetrics');
    const metricsPort = await freePort();
    metricsUrl = `http://127.0.0.1:${metricsPort}/metrics`;
    gateway = await bootstrapService(AppModule, {
      service: 'gateway',
      port: 0,
      host: '127.0.0.1',
      telemetry: { shutdown: async () => undefined },
      nats: false,
      handleSignals: false,
      logger: false,
      env: { ...environment.env, METRICS_PORT: String(metricsPort) },
    });
    url = await gateway.getUrl();
  });

  afterAll(async () => {
    await gateway?.close();
    await environment?.teardown();
  });

  it('counts requests by method, route pattern and status', async () => {
    const id = '0193f4c2-0000-7000-8000-000000000001';
    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    expect((await fetch(`${url}/api/v1/work-orders/${id}`)).status).toBe(401);
    expect((await fetch(`${url}/no-such-route`)).status).toBe(404);
    const response = await fetch(metricsUrl);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain');
    const text = await response.text();
    expect(text).toContain('hotline_http_request_duration_seconds_count{method="GET",route="/healthz",status="200"} 1');
    expect(text).toMatch(
      /hotline_http_request_duration_seconds_count\{method="GET",route="\/api\/v1\/work-orders\/:id",status="401"\} 1/,
    );
    expect(text).toContain(
      'hotline_http_request_duration_seconds_count{method="GET",route="unmatched",status="404"} 1',
    );
    expect(text).toContain('# TYPE hotline_nats_request_duration_seconds histogram');
    expect(text).not.toContain(id);
  });

  it('answers 404 for /metrics on the public port, which the ingress exposes', async () => {
    const response = await fetch(`${url}/metrics`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('hotline_');
  });
});
