import { GATEWAY_DEFAULT_PORT } from '@hotline/contracts';
import { IsPort } from '@hotline/platform';
import { IsInt, IsString, Max, Min } from 'class-validator';

/**
 * The gateway's one config class, validated when the app is created. The libraries' settings (NATS, JWT) are their
 * own config classes, read the same way. Every variable is in the root README's Configuration table.
 */
export class GatewayConfig {
  @IsPort()
  PORT: number = GATEWAY_DEFAULT_PORT;

  /** Open311: `client:key,client:key` (or bare keys), who may POST requests.json. Empty: nobody may. */
  @IsString()
  HOTLINE_OPEN311_API_KEYS = '';

  /** How long a step's answer waits for supervision's view to show the step (0: it does not wait). */
  @IsInt()
  @Min(0)
  @Max(8_000)
  HOTLINE_READ_YOUR_WRITES_WAIT_MS = 2_000;
}
