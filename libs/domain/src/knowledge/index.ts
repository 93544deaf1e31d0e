export * from './article-ownership';
export * from './article-staleness';
