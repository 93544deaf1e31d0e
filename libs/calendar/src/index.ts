export * from './working-calendar';
export * from './working-calendar.module';
export * from './calendar-year-view';
export * from './time-limits.config';
