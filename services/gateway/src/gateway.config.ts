import { GATEWAY_DEFAULT_METRICS_PORT, GATEWAY_DEFAULT_PORT } from '@hotline/contracts';
import { IsPort } from '@hotline/platform';
import { IsInt, IsString, Max, Min } from 'class-validator';

/**
 * The gateway's one config class, validated when the app is created. The libraries' settings (NATS, JWT) are their
 * own config classes, read the same way. Every variable is in the root README's Configuration table.
 */
export class GatewayConfig {
  @IsPort()
  PORT: number = GATEWAY_DEFAULT_PORT;

  /** Internal port of `/metrics`, for Prometheus only (the public port does not serve it). */
  @IsPort()
  METRICS_PORT: number = GATEWAY_DEFAULT_METRICS_PORT;

  /** Open311: `client:key,client:key` (or bare keys), who may POST requests.json. Empty: nobody may. */
  @IsString()
  HOTLINE_OPEN311_API_KEYS = '';

  /** How long a step's answer waits for supervision's view to show the step (0: it does not wait). */
  @IsInt()
  @Min(0)
  @Max(8_000)
  HOTLINE_READ_YOUR_WRITES_WAIT_MS = 2_000;

  /** `production` turns the console's development sign-in off (POST /api/v1/auth/dev-token answers 403). */
  @IsString()
  NODE_ENV = 'development';

  /** The console's built files served at /console; empty: dist/console next to the gateway's build. */
  @IsString()
  HOTLINE_CONSOLE_DIR = '';

  /** The city's OpenID provider for the console's sign-in (authorization code + PKCE); empty: no OIDC sign-in. */
  @IsString()
  HOTLINE_OIDC_ISSUER = '';

  @IsString()
  HOTLINE_OIDC_CLIENT_ID = '';

  /** Only for a confidential client; a public client relies on PKCE alone. */
  @IsString()
  HOTLINE_OIDC_CLIENT_SECRET = '';

  @IsString()
  HOTLINE_OIDC_SCOPE = 'openid profile groups';

  /** The claim whose `hotline:<role>` and `hotline:unit:<unitId>` entries give roles and the unit. */
  @IsString()
  HOTLINE_OIDC_ROLES_CLAIM = 'groups';

  @IsString()
  HOTLINE_OIDC_UNIT_CLAIM = 'unit_id';
}
