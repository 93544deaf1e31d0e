/** Exponential back-off for a failed delivery: base, 2·base, 4·base … capped at max. */
export function retryDelayMs(deliveryCount: number, baseMs: number, maxMs: number): number {
  const exponent = Math.max(0, Math.min(deliveryCount - 1, 30));
  return Math.min(maxMs, baseMs * 2 ** exponent);
}
