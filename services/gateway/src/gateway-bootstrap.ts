import { ServiceBootstrapOptions } from '@hotline/platform';
import { GatewayConfig } from './gateway.config';
import { applyBodyLimits } from './http-body-limits';
import { setupOpenApi } from './openapi/setup-openapi';
import { refuseUndecodablePathParams } from './path-params/undecodable-path-params';
import { defaultConsoleDir, serveConsole } from './console/serve-console';

/** How the gateway starts, in its own process or beside the others: the public port, the API document, the console. */
export const GATEWAY_SERVICE_OPTIONS: Omit<ServiceBootstrapOptions, 'telemetry'> = {
  service: 'gateway',
  port: (app) => app.get(GatewayConfig).PORT,
  nats: false,
  beforeListen: (app) => (
    refuseUndecodablePathParams(app),
    applyBodyLimits(app),
    setupOpenApi(app),
    serveConsole(app, app.get(GatewayConfig).HOTLINE_CONSOLE_DIR || defaultConsoleDir())
  ),
};
