import { GATEWAY_DEFAULT_PORT } from '@hotline/contracts';
import { IsPort } from '@hotline/platform';

/**
 * The gateway's one config class, validated when the app is created: its public port. The libraries' settings (NATS,
 * JWT) and the features' (Open311 keys, read-your-writes wait) are their own config classes, read the same way.
 * Every variable is in the root README's Configuration table.
 */
export class GatewayConfig {
  @IsPort()
  PORT: number = GATEWAY_DEFAULT_PORT;
}
