import { act } from 'react';

/** For component tests only: a value a test changes from outside while the page is rendered. */
export function createTestStore<T>(initial: T) {
  let value = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => value,
    subscribe: (listener: () => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** Changes the value and lets React render it. */
    set: (next: T) => {
      act(() => {
        value = next;
        for (const listener of listeners) listener();
      });
    },
  };
}
