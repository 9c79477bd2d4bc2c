import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/browser.ts';

const baseURL = 'http://127.0.0.1:4173';

export default defineConfig({
  testDir: './e2e/specs',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  webServer: [
    {
      command: 'npm run emulator -- --speed 20',
      url: 'http://127.0.0.1:8888/apis/v2beta1/healthz',
      reuseExistingServer: false,
      timeout: 60_000,
      stdout: 'pipe',
    },
    {
      command: 'npx vite build --logLevel warn && npx vite preview',
      url: baseURL,
      reuseExistingServer: false,
      timeout: 240_000,
    },
  ],
});
