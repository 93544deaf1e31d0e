/**
 * Clients that keep recording requests until stopped, remembering which ones got a 2xx and how the others failed.
 * With a unit to dispatch to, each accepted work order is dispatched to it as well, remembered when answered 200.
 */
export class SteadyLoad {
  readonly accepted = new Set<string>();
  readonly dispatched = new Set<string>();
  readonly failures = new Map<string, number>();
  private running = true;
  private readonly loops: Promise<void>[] = [];
  private sequence = 0;

  constructor(
    private readonly gatewayUrl: string,
    private readonly token: string,
    clients: number,
    private readonly leadUnitId?: string,
  ) {
    for (let client = 0; client < clients; client++) this.loops.push(this.loop(client));
  }

  async stop(): Promise<void> {
    this.running = false;
    await Promise.all(this.loops);
  }

  private async loop(client: number): Promise<void> {
    while (this.running) {
      const n = this.sequence++;
      try {
        const response = await fetch(`${this.gatewayUrl}/api/v1/requests`, {
          method: 'POST',
          headers: { authorization: this.token, 'content-type': 'application/json' },
          body: JSON.stringify({
            channel: 'web',
            caller: { name: '韧性测试', phone: `137${String(client).padStart(2, '0')}${String(n).padStart(6, '0')}` },
            content: `韧性测试诉求 ${client}-${n}：小区路灯不亮`,
            type: 'complaint',
            location: { district: '岳塘区' },
          }),
          signal: AbortSignal.timeout(10_000),
        });
        if (response.status !== 201) {
          this.fail(`HTTP ${response.status}`);
          continue;
        }
        const id = ((await response.json()) as { workOrder: { id: string } }).workOrder.id;
        this.accepted.add(id);
        if (this.leadUnitId) await this.dispatch(id, this.leadUnitId);
      } catch (error) {
        this.fail((error as Error).name);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  /** The dispatch step: handling and intake follow it with their copy as its only effect. */
  private async dispatch(id: string, leadUnitId: string): Promise<void> {
    const response = await fetch(`${this.gatewayUrl}/api/v1/work-orders/${id}/dispatch`, {
      method: 'POST',
      headers: { authorization: this.token, 'content-type': 'application/json' },
      body: JSON.stringify({ leadUnitId }),
      signal: AbortSignal.timeout(10_000),
    });
    if (response.status === 200) this.dispatched.add(id);
    else this.fail(`dispatch HTTP ${response.status}`);
  }

  private fail(kind: string): void {
    this.failures.set(kind, (this.failures.get(kind) ?? 0) + 1);
  }
}
