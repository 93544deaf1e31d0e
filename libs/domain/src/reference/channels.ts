import { isOneOf } from './one-of';

/** R2.1 the channel a request came by. */
export const CHANNELS = ['phone', 'web', 'app', 'partner', 'open311'] as const;
export type Channel = (typeof CHANNELS)[number];

export const isChannel = (value: unknown): value is Channel => isOneOf(CHANNELS, value);
