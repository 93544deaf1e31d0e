import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const FORMAT = 'v1';

/**
 * AES-256-GCM for partners' HMAC secrets at rest (they must be read back to verify signatures, so they are sealed,
 * not hashed). A sealed value reads `v1:<iv>:<tag>:<cipher text>`.
 */
export class PartnerKeySeal {
  private readonly key: Buffer;

  constructor(base64Key: string) {
    this.key = Buffer.from(base64Key, 'base64');
    if (this.key.length !== 32) throw new Error('HOTLINE_PARTNER_KEY_SEAL must be 32 bytes in base64 (AES-256)');
  }

  seal(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [FORMAT, iv.toString('base64'), cipher.getAuthTag().toString('base64'), sealed.toString('base64')].join(':');
  }

  open(stored: string): string {
    const [format, iv, tag, sealed] = stored.split(':');
    if (format !== FORMAT || !sealed) throw new Error('not a sealed partner key');
    const decipher = createDecipheriv('aes-256-gcm', this.key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString('utf8');
  }
}
