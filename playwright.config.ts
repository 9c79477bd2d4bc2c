import { defineConfig } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './scripts/browser.ts';

const baseURL = 'http://127.0.0.1:4173';

/**
 * The emulator answers as a released KFP (2.17/2.18, `--run-api released`: task details + ML
 * Metadata) by default; every test runs there except those tagged `@run-api-next` (only KFP master's
 * native tasks[] API has what they read). A second, small pass with `KFP_E2E_RUN_API=next`
 * (`npm run test:e2e` runs both) runs the `@run-api-next` tests and those tagged `@both-modes`: the
 * v2 run scenarios, which must show the same states, inputs/outputs, visualizations, run output and
 * compare view with the same assertions on both kinds of server.
 */
const runApi = process.env.KFP_E2E_RUN_API === 'next' ? 'next' : 'released';

export default defineConfig({
  testDir: './e2e/specs',
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 60_000,
  ...(runApi === 'next' ? { grep: /@run-api-next|@both-modes/ } : { grepInvert: /@run-api-next/ }),
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
  },
  webServer: [
    {
      command: `npm run emulator -- --speed 20 --run-api ${runApi}`,
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
