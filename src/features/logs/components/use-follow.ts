import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { LogVirtualizer } from './use-log-virtualizer.ts';

/** How close to the end (px) still counts as "at the bottom". */
const BOTTOM_SLACK = 24;

/**
 * Follow mode while a task runs: new lines scroll into view, until the user scrolls up (or jumps
 * somewhere); scrolling back to the bottom follows again.
 */
export function useFollow(
  virtualizer: LogVirtualizer,
  rowCount: number,
  running: boolean,
  startFollowing: boolean,
) {
  const [following, setFollowing] = useState(startFollowing);
  const lastTop = useRef(0);
  const active = running && following;

  useLayoutEffect(() => {
    if (active && rowCount > 0) virtualizer.scrollToEnd();
  }, [active, rowCount, virtualizer]);

  // Stable, so the rows that get `stop` through a selection callback stay memoised while scrolling.
  const follow = useCallback(() => setFollowing(true), []);
  const stop = useCallback(() => setFollowing(false), []);

  return {
    following: active,
    follow,
    stop,
    onScroll: (element: HTMLElement) => {
      const top = element.scrollTop;
      const atBottom = element.scrollHeight - top - element.clientHeight <= BOTTOM_SLACK;
      if (atBottom) setFollowing(true);
      else if (top < lastTop.current) setFollowing(false);
      lastTop.current = top;
    },
  };
}
