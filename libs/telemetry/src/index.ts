export * from './start-telemetry';
export * from './trace-propagation';
export * from './span-attributes';
export * from './json-logger';
export * from './telemetry.config';
export * from './metrics';
