import { AssistPart } from '@hotline/contracts';

/** A part of the assist finished inside its budget (`value`), or was cut short and is answered without. */
export type Budgeted<T> = { done: true; value: T } | { done: false; part: AssistPart };

/**
 * The assist's parts each get a bounded time: the operator has a caller on the line, so a repeat scan or a knowledge
 * search that takes longer is answered without, and the answer names the part (`cutShort`). The work itself is not
 * stopped (its result is dropped); no rule depends on it, intake's decisions (R13.1, R14.2, R15.1) were taken before.
 */
export async function withinBudget<T>(part: AssistPart, ms: number, work: Promise<T>): Promise<Budgeted<T>> {
  let timer: NodeJS.Timeout | undefined;
  const cut = new Promise<Budgeted<T>>((resolve) => (timer = setTimeout(() => resolve({ done: false, part }), ms)));
  try {
    return await Promise.race([work.then((value): Budgeted<T> => ({ done: true, value })), cut]);
  } finally {
    clearTimeout(timer);
  }
}

/** The parts that were cut short, for the answer: absent when none was. */
export function cutShortOf(...parts: Array<Budgeted<unknown>>): { cutShort?: AssistPart[] } {
  const cut = parts.flatMap((part) => (part.done ? [] : [part.part]));
  return cut.length > 0 ? { cutShort: cut } : {};
}
