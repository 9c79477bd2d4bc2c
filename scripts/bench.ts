/**
 * `npm run bench`: the budgets of DESIGN.md §6, measured on a production build against the emulator's
 * large profile (10,000 runs, a 1,000-task run, a 100,000-line log). Figures are printed, never asserted
 * in tests. Uses the standard ports (8888, 5556, 4173): stop `npm start` / e2e servers first.
 * Flags: --no-build (reuse dist/), --repeats N.
 */
import { chromium } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { chromiumArgs, chromiumPath } from './browser.ts';
import { measurePipelineGraph, reportPipelineGraph } from './bench/pipeline-graph.ts';
import { measureRunGraph, reportRunGraph } from './bench/run-graph.ts';
import { measureRunRequests, reportRunRequests } from './bench/run-requests.ts';
import { measureRunsList, reportRunsList } from './bench/runs-list.ts';
import { portsFree, Servers, waitForUrl } from './bench/servers.ts';
import { APP_URL, signInOnce } from './bench/session.ts';

const args = process.argv.slice(2);
const repeatsFlag = args.indexOf('--repeats');
const repeats = repeatsFlag >= 0 ? Number(args[repeatsFlag + 1]) : 5;

const busy = await portsFree([8888, 5556, 4173]);
if (busy.length > 0) {
  console.error(
    `Ports in use: ${busy.join(', ')}. Stop the dev servers (npm start, e2e) and run again.`,
  );
  process.exit(1);
}

if (!args.includes('--no-build')) {
  console.log('building…');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const servers = new Servers();
const stop = () => servers.stopAll();
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

try {
  console.log('starting the emulator (large profile) and the preview server…');
  servers.start('emulator', 'npx', [
    'tsx',
    'emulator/main.ts',
    '--profile',
    'large',
    '--speed',
    '20',
  ]);
  servers.start('preview', 'npx', ['vite', 'preview']);
  await waitForUrl('http://127.0.0.1:8888/apis/v2beta1/healthz', 180_000);
  await waitForUrl(APP_URL, 60_000);

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    const storedUser = await signInOnce(browser, 'alice');
    const lines = [
      ...reportRunsList(await measureRunsList(browser, storedUser, repeats)),
      ...reportRunGraph(await measureRunGraph(browser, storedUser, repeats)),
      ...reportPipelineGraph(await measurePipelineGraph(browser, storedUser, repeats)),
      ...reportRunRequests(await measureRunRequests(browser, storedUser)),
    ];
    console.log(['', 'kfp-dashboard benchmark', ...lines].join('\n'));
  } finally {
    await browser.close();
  }
} finally {
  stop();
}
