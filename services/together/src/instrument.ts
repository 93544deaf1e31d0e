import { startTelemetry } from '@hotline/telemetry';

/** Imported first by main.ts, so that tracing patches http, pg and Nest before they load. One tracer for the process. */
export const telemetry = startTelemetry('together');
