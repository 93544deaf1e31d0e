export * from './routing-types';
export * from './emergency-routing';
export * from './suggest-routing';
export * from './check-routing-rule';
