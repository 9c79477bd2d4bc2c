/** The stored theme and applying it: no React, so the entry applies it before anything else loads. */
export type ThemeMode = 'light' | 'dark' | 'system';

export const THEME_MODES: readonly ThemeMode[] = ['light', 'dark', 'system'];
export const THEME_STORAGE_KEY = 'kfp-dashboard.theme';

function isThemeMode(value: unknown): value is ThemeMode {
  return value === 'light' || value === 'dark' || value === 'system';
}

export function readThemeMode(storage: Storage = window.localStorage): ThemeMode {
  const stored = storage.getItem(THEME_STORAGE_KEY);
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
