export * from './infrastructure';
export * from './test-environment';
export * from './eventually';
