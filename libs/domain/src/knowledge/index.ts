export * from './article-ownership';
export * from './article-staleness';
export * from './article-citation';
