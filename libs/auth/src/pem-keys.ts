import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';

/** Env files and Kubernetes secrets often carry a PEM on one line with literal `\n`; accept both forms. */
export function normalizePem(value: string): string {
  return (value.includes('\\n') ? value.replace(/\\n/g, '\n') : value).trim();
}

export function readRsaPublicKey(pem: string, variable: string): KeyObject {
  return assertRsa(
    parseKey(() => createPublicKey(pem), variable, 'a PEM public key'),
    variable,
  );
}

export function readRsaPrivateKey(pem: string, variable: string): KeyObject {
  return assertRsa(
    parseKey(() => createPrivateKey(pem), variable, 'a PEM private key'),
    variable,
  );
}

export function sameKeyPair(publicKey: KeyObject, privateKey: KeyObject): boolean {
  const spki = (key: KeyObject) => key.export({ type: 'spki', format: 'pem' }).toString();
  return spki(publicKey) === spki(createPublicKey(privateKey));
}

export function toSpkiPem(key: KeyObject): string {
  return createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString();
}

function parseKey(parse: () => KeyObject, variable: string, expected: string): KeyObject {
  try {
    return parse();
  } catch (error) {
    throw new Error(`${variable} is not ${expected}: ${(error as Error).message}`);
  }
}

function assertRsa(key: KeyObject, variable: string): KeyObject {
  if (key.asymmetricKeyType !== 'rsa') {
    throw new Error(`${variable} must be an RSA key for RS256, got ${key.asymmetricKeyType ?? 'unknown'}`);
  }
  return key;
}
