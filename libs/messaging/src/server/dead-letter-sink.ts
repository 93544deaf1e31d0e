import { NewDeadLetter } from '@hotline/persistence';

export type DeadLetterRecord = NewDeadLetter;

/** Where the strategy puts messages it gives up on (the service's `dead_letters` table). */
export interface DeadLetterSink {
  add(record: DeadLetterRecord): Promise<unknown>;
}

export const DEAD_LETTER_SINK = Symbol('DEAD_LETTER_SINK');
