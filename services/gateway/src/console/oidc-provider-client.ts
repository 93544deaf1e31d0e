import { GatewayConfig } from '../gateway.config';

interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
}

type JoseModule = typeof import('jose', { with: { 'resolution-mode': 'import' } });
type RemoteKeySet = ReturnType<JoseModule['createRemoteJWKSet']>;

export class OidcRefusal extends Error {}

/**
 * The city's OpenID provider as the gateway uses it: its discovery document, the code exchange (PKCE: the console
 * keeps the verifier, the gateway forwards it), and the identity token checked against the issuer's JWKS with jose.
 */
export class OidcProviderClient {
  private discovery?: Promise<Discovery>;
  private keys?: RemoteKeySet;

  constructor(private readonly config: GatewayConfig) {}

  get enabled(): boolean {
    return this.config.HOTLINE_OIDC_ISSUER !== '' && this.config.HOTLINE_OIDC_CLIENT_ID !== '';
  }

  metadata(): Promise<Discovery> {
    this.discovery ??= this.discover().catch((error: unknown) => {
      this.discovery = undefined;
      throw error;
    });
    return this.discovery;
  }

  /** The identity token's verified claims for an authorization code. */
  async claimsForCode(code: string, codeVerifier: string, redirectUri: string): Promise<Record<string, unknown>> {
    const metadata = await this.metadata();
    const form = new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      code_verifier: codeVerifier,
      redirect_uri: redirectUri,
      client_id: this.config.HOTLINE_OIDC_CLIENT_ID,
    });
    const headers: Record<string, string> = { 'Content-Type': 'application/x-www-form-urlencoded' };
    if (this.config.HOTLINE_OIDC_CLIENT_SECRET) {
      const basic = `${encodeURIComponent(this.config.HOTLINE_OIDC_CLIENT_ID)}:${encodeURIComponent(this.config.HOTLINE_OIDC_CLIENT_SECRET)}`;
      headers['Authorization'] = `Basic ${Buffer.from(basic).toString('base64')}`;
    }
    const response = await fetch(metadata.token_endpoint, { method: 'POST', headers, body: form });
    const answer = (await response.json().catch(() => ({}))) as {
      id_token?: string;
      error?: string;
      error_description?: string;
    };
    if (!response.ok || !answer.id_token) {
      throw new OidcRefusal(
        `the identity provider refused the code: ${answer.error ?? response.status} ${answer.error_description ?? ''}`.trim(),
      );
    }
    const jose = await importJose();
    this.keys ??= jose.createRemoteJWKSet(new URL(metadata.jwks_uri));
    try {
      const { payload } = await jose.jwtVerify(answer.id_token, this.keys, {
        issuer: metadata.issuer,
        audience: this.config.HOTLINE_OIDC_CLIENT_ID,
      });
      return payload as Record<string, unknown>;
    } catch (error) {
      throw new OidcRefusal(
        `the identity token does not verify: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }

  private async discover(): Promise<Discovery> {
    const issuer = this.config.HOTLINE_OIDC_ISSUER.replace(/\/$/, '');
    const response = await fetch(`${issuer}/.well-known/openid-configuration`);
    if (!response.ok) throw new Error(`OIDC discovery at ${issuer} answered ${response.status}`);
    return (await response.json()) as Discovery;
  }
}

// jose is an ES module; the gateway is CommonJS: a dynamic import loads it (TypeScript keeps it as import()).
function importJose(): Promise<JoseModule> {
  return import('jose');
}
