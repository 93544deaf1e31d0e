export * from './request-assist.view';
export * from './intake-queries';
export * from './intake-assist.rpc';
export * from './caller-identity.contracts';
export * from './callback-pending.rpc';
