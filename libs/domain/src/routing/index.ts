export * from './routing-types';
export * from './emergency-routing';
export * from './suggest-routing';
export * from './check-routing-rule';
export * from './unit-choice';
export * from './return-review';
export * from './coordination';
export * from './unit-hierarchy';
