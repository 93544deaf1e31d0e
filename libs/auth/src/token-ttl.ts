const SECONDS_PER_UNIT: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** `3600`, `'90s'`, `'15m'`, `'8h'`, `'7d'` → seconds. Anything else is refused rather than guessed. */
export function ttlToSeconds(ttl: string | number): number {
  if (typeof ttl === 'number') {
    if (Number.isInteger(ttl) && ttl > 0) return ttl;
  } else {
    const match = /^(\d+)\s*([smhd]?)$/.exec(ttl.trim());
    const seconds = match ? Number(match[1]) * SECONDS_PER_UNIT[match[2] || 's'] : 0;
    if (seconds > 0) return seconds;
  }
  throw new Error(`token ttl must be a positive whole number of seconds or like 90s, 15m, 8h, 7d; got ${String(ttl)}`);
}
