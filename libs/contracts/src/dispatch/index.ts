export * from './unit-code';
export * from './unit.contracts';
export * from './routing-rule.contracts';
export * from './work-order-dispatch.contracts';
export * from './dispatch.rpc';
