export * from './request-assist.view';
export * from './intake-queries';
export * from './intake-assist.rpc';
export * from './callback-pending.rpc';
