/** Clients that keep recording requests until stopped, remembering which ones got a 2xx and how the others failed. */
export class SteadyLoad {
  readonly accepted = new Set<string>();
  readonly failures = new Map<string, number>();
  private running = true;
  private readonly loops: Promise<void>[] = [];
  private sequence = 0;

  constructor(
    private readonly gatewayUrl: string,
    private readonly token: string,
    clients: number,
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
        if (response.status === 201)
          this.accepted.add(((await response.json()) as { workOrder: { id: string } }).workOrder.id);
        else this.fail(`HTTP ${response.status}`);
      } catch (error) {
        this.fail((error as Error).name);
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  private fail(kind: string): void {
    this.failures.set(kind, (this.failures.get(kind) ?? 0) + 1);
  }
}
