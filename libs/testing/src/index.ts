export * from './infrastructure';
export * from './test-environment';
export * from './eventually';
export * from './built-services';
export * from './otlp-receiver';
export * from './schema-drift';
export * from './work-order-journey';
export * from './running-platform';
