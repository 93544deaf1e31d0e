import { Injectable } from '@nestjs/common';

interface Waiter {
  version: number;
  wake: (seen: number) => void;
}

/**
 * Wakes the read-your-writes waits of this process as soon as its projection has committed a version, so that
 * they need not poll; a wait on another replica than the projecting one still sees the version by polling.
 */
@Injectable()
export class ViewVersions {
  private readonly waiters = new Map<string, Waiter[]>();

  seen(workOrderId: string, version: number): void {
    const waiting = this.waiters.get(workOrderId);
    if (!waiting) return;
    const still = waiting.filter((waiter) => waiter.version > version);
    for (const waiter of waiting) if (waiter.version <= version) waiter.wake(version);
    if (still.length > 0) this.waiters.set(workOrderId, still);
    else this.waiters.delete(workOrderId);
  }

  /**
   * Resolves with the version `seen` reports (the one waited for, or a later one: committed by this process), or with
   * null after `ms`, whichever comes first.
   */
  wait(workOrderId: string, version: number, ms: number): Promise<number | null> {
    return new Promise((resolve) => {
      const waiter: Waiter = { version, wake: (seen) => (clearTimeout(timer), resolve(seen)) };
      const timer = setTimeout(() => {
        const left = (this.waiters.get(workOrderId) ?? []).filter((other) => other !== waiter);
        if (left.length > 0) this.waiters.set(workOrderId, left);
        else this.waiters.delete(workOrderId);
        resolve(null);
      }, ms);
      this.waiters.set(workOrderId, [...(this.waiters.get(workOrderId) ?? []), waiter]);
    });
  }
}
