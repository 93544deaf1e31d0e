import { Injectable } from '@nestjs/common';
import { BACKEND_SERVICE_NAMES, DependencyStatus, PlatformRpc } from '@hotline/contracts';
import { PlatformHealth, RpcClient } from '@hotline/messaging';

const SERVICE_PROBE_TIMEOUT_MS = 2_000;

/** The gateway's own dependencies, then every service behind it, asked over NATS in parallel. */
@Injectable()
export class Readiness {
  constructor(
    private readonly health: PlatformHealth,
    private readonly rpc: RpcClient,
  ) {}

  async check(): Promise<DependencyStatus[]> {
    const [own, ...services] = await Promise.all([
      this.health.report(),
      ...BACKEND_SERVICE_NAMES.map((service) => this.probeService(service)),
    ]);
    return [...own.dependencies, ...services];
  }

  private async probeService(service: string): Promise<DependencyStatus> {
    const name = `service:${service}`;
    try {
      const report = await this.rpc.request(PlatformRpc.health(service), {}, SERVICE_PROBE_TIMEOUT_MS);
      const down = report.dependencies.filter((dependency) => !dependency.ok);
      return down.length === 0
        ? { name, ok: true }
        : { name, ok: false, detail: down.map((d) => `${d.name}: ${d.detail}`).join('; ') };
    } catch (error) {
      return { name, ok: false, detail: (error as Error).message };
    }
  }
}
