import { useVirtualizer } from '@tanstack/react-virtual';
import { useLayoutEffect, useRef } from 'react';

/** Height of an unwrapped row in px; the CSS (`.rows` line-height, `.row` block-size) says the same. */
export const LINE_HEIGHT = 20;
const OVERSCAN = 12;

/** The virtualizer of the log's rows: only the rows in view (and a few around) are in the DOM. */
export function useLogVirtualizer(rowCount: number, wrap: boolean) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // eslint-disable-next-line react-hooks/incompatible-library -- TanStack Virtual (the chosen list library) cannot be compiler-memoised; this app does not use the React Compiler
  const virtualizer = useVirtualizer({
    count: rowCount,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => LINE_HEIGHT,
    overscan: OVERSCAN,
    useFlushSync: false,
  });
  // Wrapped rows have measured heights; switching wrap off (or on) makes them stale.
  useLayoutEffect(() => {
    virtualizer.measure();
  }, [wrap, virtualizer]);
  return { scrollRef, virtualizer };
}

export type LogVirtualizer = ReturnType<typeof useLogVirtualizer>['virtualizer'];
