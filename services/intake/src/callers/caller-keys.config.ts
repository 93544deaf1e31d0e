import { Logger } from '@nestjs/common';
import { currentEnvironment, Environment } from '@hotline/contracts';
import { CallerKeys } from './caller-cipher';

// Development only: production refuses to start without HOTLINE_CALLER_KEYS and HOTLINE_CALLER_HASH_KEY.
const DEVELOPMENT_KEYS = 'dev1:ZGV2ZWxvcG1lbnQtb25seS1jYWxsZXIta2V5LTAwMDE=';
const DEVELOPMENT_HASH_KEY = 'ZGV2ZWxvcG1lbnQtb25seS1sb29rdXAta2V5';

/**
 * `HOTLINE_CALLER_KEYS` = `id:base64key,id:base64key` (newest first), `HOTLINE_CALLER_HASH_KEY` = base64.
 */
export function callerKeysFromEnv(env: Environment = currentEnvironment()): CallerKeys {
  const keys = env['HOTLINE_CALLER_KEYS'];
  const hashKey = env['HOTLINE_CALLER_HASH_KEY'];
  if (!keys || !hashKey) {
    if (env['NODE_ENV'] === 'production') {
      throw new Error(
        'Invalid configuration — set HOTLINE_CALLER_KEYS and HOTLINE_CALLER_HASH_KEY (caller data must be encrypted with real keys)',
      );
    }
    Logger.warn('HOTLINE_CALLER_KEYS not set: using development keys for caller data', 'CallerKeys');
  }
  return {
    encryption: (keys ?? DEVELOPMENT_KEYS).split(',').map((entry) => {
      const [id, key] = entry.trim().split(':');
      return { id, key: Buffer.from(key ?? '', 'base64') };
    }),
    lookup: Buffer.from(hashKey ?? DEVELOPMENT_HASH_KEY, 'base64'),
  };
}
