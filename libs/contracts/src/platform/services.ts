/** Every service behind the gateway, with the internal port its health endpoints listen on by default. */
export const BACKEND_SERVICES = {
  intake: 3101,
  dispatch: 3102,
  handling: 3103,
  callbacks: 3104,
  supervision: 3105,
  knowledge: 3106,
  linkage: 3107,
} as const;

export type BackendServiceName = keyof typeof BACKEND_SERVICES;
export const BACKEND_SERVICE_NAMES = Object.keys(BACKEND_SERVICES) as BackendServiceName[];
export const GATEWAY_DEFAULT_PORT = 3000;
/** The gateway's internal port for Prometheus, beside the backends' health ports. */
export const GATEWAY_DEFAULT_METRICS_PORT = 3100;
