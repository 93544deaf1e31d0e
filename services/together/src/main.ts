import { telemetry } from './instrument';
import { readEnvConfig } from '@hotline/contracts';
import { runServicesTogether } from '@hotline/platform';
import { SERVICE_NAMES, SERVICES } from './services';
import { TogetherConfig } from './together.config';

const chosen = new Set(readEnvConfig(TogetherConfig).HOTLINE_SERVICES);
runServicesTogether(
  SERVICE_NAMES.filter((name) => chosen.has(name)).map((name) => SERVICES[name]),
  telemetry,
);
