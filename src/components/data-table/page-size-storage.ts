import { parsePageSize, type PageSize } from './list-url-state.ts';

const PREFIX = 'kfp-dashboard:page-size:';

/** The page size last chosen for a list, if storage is available and holds a valid one. */
export function readStoredPageSize(listId: string): PageSize | undefined {
  try {
    return parsePageSize(window.localStorage.getItem(PREFIX + listId));
  } catch {
    return undefined;
  }
}

export function storePageSize(listId: string, size: PageSize): void {
  try {
    window.localStorage.setItem(PREFIX + listId, String(size));
  } catch {
    // Storage can be disabled (private mode, quota); the URL still carries the size.
  }
}
