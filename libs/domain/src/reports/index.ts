export * from './report-period';
export * from './report-facts';
export * from './monthly-indicators';
export * from './assessment-method';
export * from './duration-histogram';
