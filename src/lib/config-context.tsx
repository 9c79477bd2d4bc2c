import { createContext, use, type ReactNode } from 'react';
import type { AppConfig } from './config.ts';

const ConfigContext = createContext<AppConfig | null>(null);

export function ConfigProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  return <ConfigContext value={config}>{children}</ConfigContext>;
}

/** The validated runtime configuration (public/config.json). */
export function useConfig(): AppConfig {
  const config = use(ConfigContext);
  if (!config) throw new Error('useConfig needs a <ConfigProvider> above it.');
  return config;
}
