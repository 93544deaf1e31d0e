import { type DependencyList, useEffect } from 'react';

interface Handlers<T> {
  /** the answer, while it is the latest question's */
  answer: (value: T) => void;
  /** why the latest question failed */
  failure?: (error: unknown) => void;
  /** the latest question is answered or has failed (the end of a loading state) */
  settled?: () => void;
}

/**
 * Asks when the component appears and whenever `deps` change, and hands the answer on only while no newer question
 * was asked and the component is still there. An answer to a filter the user has since changed belongs to the old
 * filter, however late the network brings it. `ask` may answer undefined: nothing to ask yet.
 */
export function useLatestAnswer<T>(
  ask: () => Promise<T> | undefined,
  handlers: Handlers<T>,
  deps: DependencyList,
): void {
  useEffect(() => {
    const asked = ask();
    if (!asked) return undefined;
    let latest = true;
    asked
      .then(
        (value) => latest && handlers.answer(value),
        (error: unknown) => latest && handlers.failure?.(error),
      )
      .finally(() => latest && handlers.settled?.());
    return () => {
      latest = false;
    };
    // ask and handlers are new functions on every render: the question is asked again when deps change, only then
  }, deps);
}
