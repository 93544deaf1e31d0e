import { createHash, timingSafeEqual } from 'node:crypto';

export interface Open311Client {
  /** Names the client in events and logs; the key itself is never logged. */
  id: string;
  digest: Buffer;
}

const digestOf = (key: string) => createHash('sha256').update(key).digest();

export function parseOpen311Keys(setting: string): Open311Client[] {
  return setting
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const separator = entry.indexOf(':');
      const key = separator > 0 ? entry.slice(separator + 1) : entry;
      const id = separator > 0 ? entry.slice(0, separator) : `key-${digestOf(key).toString('hex').slice(0, 8)}`;
      return { id, digest: digestOf(key) };
    });
}

/** The client an api_key belongs to, compared in constant time. */
export function clientOfKey(clients: readonly Open311Client[], apiKey: string): Open311Client | undefined {
  const digest = digestOf(apiKey);
  return clients.find((client) => timingSafeEqual(client.digest, digest));
}
