import { normalisePhone } from '@hotline/domain';
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';

export interface CallerKeys {
  /** Encryption keys by id; the first listed is used for new values, the others still decrypt. */
  encryption: Array<{ id: string; key: Buffer }>;
  /** Key of the HMAC that finds repeat callers without storing their number in clear. */
  lookup: Buffer;
}

const FORMAT = 'v1';

/**
 * AES-256-GCM for caller identity at rest. A stored value reads `v1:<keyId>:<iv>:<tag>:<cipher text>`,
 * so keys can rotate: old values stay readable until the re-encrypt job rewrites them.
 */
export class CallerCipher {
  constructor(private readonly keys: CallerKeys) {
    if (keys.encryption.length === 0) throw new Error('CallerCipher needs at least one encryption key');
    for (const { id, key } of keys.encryption) {
      if (key.length !== 32) throw new Error(`caller key ${id} must be 32 bytes (AES-256)`);
      if (!/^[A-Za-z0-9_-]+$/.test(id)) throw new Error(`caller key id ${id} may hold only letters, digits, _ and -`);
    }
  }

  get activeKeyId(): string {
    return this.keys.encryption[0].id;
  }

  encrypt(clear: string): string {
    const { id, key } = this.keys.encryption[0];
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const sealed = Buffer.concat([cipher.update(clear, 'utf8'), cipher.final()]);
    return [FORMAT, id, iv.toString('base64'), cipher.getAuthTag().toString('base64'), sealed.toString('base64')].join(
      ':',
    );
  }

  decrypt(stored: string): string {
    const [format, id, iv, tag, sealed] = stored.split(':');
    if (format !== FORMAT || !sealed) throw new Error('not a caller cipher text');
    const entry = this.keys.encryption.find((candidate) => candidate.id === id);
    if (!entry) throw new Error(`caller key ${id} is not configured`);
    const decipher = createDecipheriv('aes-256-gcm', entry.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString('utf8');
  }

  keyIdOf(stored: string): string {
    return stored.split(':')[1];
  }

  /** Same number, same hash, whatever the spacing or country prefix the operator typed. */
  phoneLookupHash(phone: string): string {
    return createHmac('sha256', this.keys.lookup).update(normalisePhone(phone)).digest('hex');
  }
}
