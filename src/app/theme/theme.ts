import { useSyncExternalStore } from 'react';

import {
  applyThemeMode,
  readThemeMode,
  THEME_STORAGE_KEY as STORAGE_KEY,
  type ThemeMode,
} from './theme-mode.ts';

export { THEME_MODES, type ThemeMode } from './theme-mode.ts';

const listeners = new Set<() => void>();

export function setThemeMode(mode: ThemeMode, storage: Storage = window.localStorage): void {
  storage.setItem(STORAGE_KEY, mode);
  applyThemeMode(mode);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the theme.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== STORAGE_KEY) return;
    applyThemeMode(readThemeMode());
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

export function useThemeMode(): ThemeMode {
  return useSyncExternalStore(subscribe, () => readThemeMode());
}
