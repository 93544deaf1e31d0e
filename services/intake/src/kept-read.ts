/**
 * A small table read on many requests, kept for `keepMs` after it was read: the read's promise itself is kept, so
 * requests that come while it runs share it, and a read that failed is not kept. `forget()` after this replica's
 * own change; another replica sees a change within `keepMs`.
 */
export class KeptRead<T> {
  private kept?: { readAt: number; value: Promise<T> };

  constructor(
    private readonly read: () => Promise<T>,
    private readonly keepMs: number,
  ) {}

  get(): Promise<T> {
    if (!this.kept || Date.now() - this.kept.readAt > this.keepMs) {
      const value = this.read();
      this.kept = { readAt: Date.now(), value };
      value.catch(() => (this.kept = undefined));
    }
    return this.kept.value;
  }

  forget(): void {
    this.kept = undefined;
  }
}
