export * from './start-telemetry';
export * from './trace-propagation';
export * from './json-logger';
