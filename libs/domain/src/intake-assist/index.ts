export * from './text-similarity';
export * from './likely-repeats';
export * from './emergency-hint';
export * from './caller-misuse';
export * from './xiangtan-jurisdictions';
export * from './jurisdiction-check';
export * from './district-place';
export * from './jurisdiction-entry-rules';
