import { useSyncExternalStore } from 'react';

export type ThemeMode = 'light' | 'dark' | 'system';

export const THEME_MODES: readonly ThemeMode[] = ['light', 'dark', 'system'];
const STORAGE_KEY = 'kfp-dashboard.theme';

function isThemeMode(value: unknown): value is ThemeMode {
  return value === 'light' || value === 'dark' || value === 'system';
}

export function readThemeMode(storage: Storage = window.localStorage): ThemeMode {
  const stored = storage.getItem(STORAGE_KEY);
  return isThemeMode(stored) ? stored : 'system';
}

/** `system` leaves the choice to the browser (`color-scheme: light dark` + `light-dark()` in tokens.css). */
export function applyThemeMode(
  mode: ThemeMode,
  root: HTMLElement = document.documentElement,
): void {
  if (mode === 'system') delete root.dataset.theme;
  else root.dataset.theme = mode;
}

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
