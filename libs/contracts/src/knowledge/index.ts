export * from './knowledge-reference';
export * from './article.commands';
export * from './article.queries';
export * from './knowledge.events';
export * from './knowledge.rpc';
