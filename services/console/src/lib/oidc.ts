import { get, post } from './api';

export type OidcSettings =
  { enabled: false } | { enabled: true; authorizationEndpoint: string; clientId: string; scope: string };

const PENDING_KEY = 'hotline.console.oidc';

export function oidcSettings(): Promise<OidcSettings> {
  return get<OidcSettings>('/api/v1/auth/oidc/config');
}

export function redirectUri(): string {
  return `${window.location.origin}/console/oidc/callback`;
}

/** Authorization code with PKCE (S256): the verifier stays in this tab until the provider sends the code back. */
export async function startOidcSignIn(settings: Extract<OidcSettings, { enabled: true }>): Promise<void> {
  const verifier = randomText(48);
  const state = randomText(24);
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  sessionStorage.setItem(PENDING_KEY, JSON.stringify({ verifier, state }));
  const url = new URL(settings.authorizationEndpoint);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: settings.clientId,
    redirect_uri: redirectUri(),
    scope: settings.scope,
    state,
    code_challenge: base64Url(new Uint8Array(digest)),
    code_challenge_method: 'S256',
  }).toString();
  window.location.assign(url.toString());
}

/** The provider's answer at /console/oidc/callback, exchanged by the gateway for the platform's token. */
export async function finishOidcSignIn<T>(search: URLSearchParams): Promise<T> {
  const pending = JSON.parse(sessionStorage.getItem(PENDING_KEY) ?? '{}') as { verifier?: string; state?: string };
  sessionStorage.removeItem(PENDING_KEY);
  const providerError = search.get('error');
  if (providerError) throw new Error(`${providerError}: ${search.get('error_description') ?? ''}`);
  if (!pending.verifier || search.get('state') !== pending.state) throw new Error('登录状态不匹配，请重新登录');
  return post<T>('/api/v1/auth/oidc/token', {
    code: search.get('code') ?? '',
    codeVerifier: pending.verifier,
    redirectUri: redirectUri(),
  });
}

function randomText(bytes: number): string {
  return base64Url(crypto.getRandomValues(new Uint8Array(bytes)));
}

function base64Url(bytes: Uint8Array): string {
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return btoa(text).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
