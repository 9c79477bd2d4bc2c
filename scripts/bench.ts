/**
 * `npm run bench`: the budgets of DESIGN.md §6, measured on a production build against the emulator's
 * large profile (10,000 runs, a 1,000-task run, a 100,000-line log, 5,000 artifacts in ML
 * Metadata). Figures are printed, never asserted in tests. Uses the standard ports (8888, 5556, 4173): stop `npm start` / e2e servers first.
 * Flags: --no-build (reuse dist/), --repeats N, --dist DIR (measure another build, e.g. an older
 * commit's, without building), --kfp-ui DIR (KFP's own frontend/, built as README says: both UIs
 * against one single-user emulator, `--auth none`, lists only, samples interleaved, with ratios),
 * --base DIR (another build served beside ours on port 4174 and measured in the same run, samples
 * interleaved: an A/B of the lists, e.g. main's build against this one's).
 * Builds are served as deployed: deploy/nginx.conf under Debian's nginx (precompressed assets), with
 * the gateway's routes to the emulator added (scripts/nginx.ts); --preview serves them with `vite
 * preview` instead (it gzips every file per request: the figures of sessions before 7).
 */
import { chromium, type BrowserContext } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromiumArgs, chromiumPath } from './browser.ts';
import { measurePipelineGraph, reportPipelineGraph } from './bench/pipeline-graph.ts';
import { measureHeap, reportHeap } from './bench/heap.ts';
import { measureWarmNav, reportWarmNav } from './bench/warm-nav.ts';
import { measureGraphBesideKfp, reportGraphBesideKfp } from './bench/kfp-graph.ts';
import { measureRunGraph, reportRunGraph } from './bench/run-graph.ts';
import { measureRunRequests, reportRunRequests } from './bench/run-requests.ts';
import { measureLists, reportLists, type ListTarget } from './bench/lists.ts';
import { measureArtifactsList, reportArtifactsList } from './bench/artifacts-list.ts';
import { measureRunsList, reportRunsList } from './bench/runs-list.ts';
import { measureRouteJs, reportRouteJs } from './bench/route-js.ts';
import { portsFree, Servers, startKfpUi, waitForUrl, withoutLogin } from './bench/servers.ts';
import { nginxMissing, startNginx } from './nginx.ts';
import { APP_URL, signedInContext, signInOnce } from './bench/session.ts';

const args = process.argv.slice(2);
const repeatsFlag = args.indexOf('--repeats');
const repeats = repeatsFlag >= 0 ? Number(args[repeatsFlag + 1]) : 5;
const flag = (name: string) => {
  const at = args.indexOf(name);
  const value = at >= 0 ? args[at + 1] : undefined;
  return value === undefined ? undefined : resolve(value);
};
const kfpUiDir = flag('--kfp-ui');
/** --only a,b: just these sections (lists, runs-list, routes, artifacts, run-graph, warm-nav, heap, pipeline-graph, run-requests). */
const onlyFlag = args.indexOf('--only');
const only = onlyFlag >= 0 ? new Set((args[onlyFlag + 1] ?? '').split(',')) : undefined;
const wanted = (section: string) => only === undefined || only.has(section);
const distFlag = flag('--dist');
const baseDir = flag('--base');
const withPreview = args.includes('--preview');
const KFP_UI_PORT = 3000;
const BASE_PORT = 4174;
const BASE_URL = `http://127.0.0.1:${BASE_PORT}`;
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(', ');

const busy = await portsFree([
  8888,
  5556,
  4173,
  ...(kfpUiDir === undefined ? [] : [KFP_UI_PORT]),
  ...(baseDir === undefined ? [] : [BASE_PORT]),
]);
if (busy.length > 0) {
  console.error(
    `Ports in use: ${busy.join(', ')}. Stop the dev servers (npm start, e2e) and run again.`,
  );
  process.exit(1);
}

if (!args.includes('--no-build') && distFlag === undefined) {
  console.log('building…');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/** Our build (`ours`) and, with --base, the other one (`base`) as list targets. */
function dashboardTargets(newContext: () => Promise<BrowserContext>, query: string): ListTarget[] {
  const target = (name: string, origin: string): ListTarget => ({
    name,
    newContext,
    url: (list) => `${origin}/${list}${query}`,
    firstRow: 'tbody tr:not([data-skeleton]) a',
    namePlaceholders: true,
  });
  return [target('ours', APP_URL), ...(baseDir === undefined ? [] : [target('base', BASE_URL)])];
}

const servers = new Servers();
const nginxStops: (() => Promise<void>)[] = [];
const stop = () => {
  servers.stopAll();
  for (const stopNginx of nginxStops) void stopNginx();
};

/** Serves a build on `port` as a cluster does (nginx, the gateway's routes to the emulator), or with `vite preview`. */
async function serve(dir: string, port: number): Promise<void> {
  if (withPreview || nginxMissing()) {
    if (!withPreview)
      console.log('nginx is missing (apt-get install -y nginx-light): vite preview serves');
    servers.start(`preview :${port}`, 'npx', [
      'vite',
      'preview',
      '--outDir',
      dir,
      '--port',
      String(port),
    ]);
    return;
  }
  const nginx = await startNginx(dir, {
    port,
    gateway: 'http://127.0.0.1:8888',
    issuer: 'http://127.0.0.1:5556',
  });
  nginxStops.push(nginx.stop);
}
process.on('SIGINT', () => {
  stop();
  process.exit(130);
});

try {
  console.log(
    `starting the emulator (large profile) and ${withPreview ? 'vite preview' : 'nginx'}…`,
  );
  servers.start('emulator', 'npx', [
    'tsx',
    'emulator/main.ts',
    '--profile',
    'large',
    '--speed',
    '20',
    ...(kfpUiDir === undefined ? [] : ['--auth', 'none']),
  ]);
  // The build measured; beside KFP's UI a copy whose config.json (replaced as at deploy time) says
  // "no login", since KFP's UI can only talk to a single-user server.
  const served = (dir: string) => (kfpUiDir === undefined ? dir : withoutLogin(dir));
  const outDir = served(distFlag ?? resolve('dist'));
  process.env.BENCH_DIST = outDir;
  await serve(outDir, 4173);
  if (baseDir !== undefined) await serve(served(baseDir), BASE_PORT);
  if (kfpUiDir !== undefined) startKfpUi(servers, kfpUiDir, KFP_UI_PORT, 8888);
  await waitForUrl('http://127.0.0.1:8888/apis/v2beta1/healthz', 180_000);
  await waitForUrl(APP_URL, 60_000);
  if (baseDir !== undefined) await waitForUrl(BASE_URL, 60_000);
  if (kfpUiDir !== undefined) await waitForUrl(`http://127.0.0.1:${KFP_UI_PORT}/`, 60_000);

  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    if (kfpUiDir !== undefined) {
      const ourBuilds = dashboardTargets(() => browser.newContext(), '');
      const kfp: ListTarget = {
        name: 'kfp',
        newContext: () => browser.newContext(),
        url: (list) => `http://127.0.0.1:${KFP_UI_PORT}/#/${list}`,
        firstRow: '[data-testid="table-row"]',
        namePlaceholders: false,
      };
      const before = load();
      const lines: string[] = [];
      if (wanted('lists'))
        lines.push(...reportLists(await measureLists([...ourBuilds, kfp], repeats)));
      if (wanted('run-graph'))
        lines.push(
          ...reportGraphBesideKfp(
            await measureGraphBesideKfp(
              () => browser.newContext(),
              `http://127.0.0.1:${KFP_UI_PORT}`,
              repeats,
            ),
          ),
        );
      console.log(
        [
          '',
          `kfp-dashboard beside KFP's UI (${kfpUiDir}), emulator --auth none --profile large, each at its default page size`,
          `load average before: ${before}; after: ${load()}`,
          ...lines,
        ].join('\n'),
      );
      process.exitCode = 0;
    } else {
      const storedUser = await signInOnce(browser, 'alice');
      const loadBefore = load();
      const lines: string[] = [];
      if (wanted('lists'))
        lines.push(
          ...reportLists(
            await measureLists(
              dashboardTargets(() => signedInContext(browser, storedUser), '?ns=kubeflow-alice'),
              repeats,
            ),
          ),
        );
      if (wanted('runs-list'))
        lines.push(...reportRunsList(await measureRunsList(browser, storedUser, repeats)));
      if (wanted('routes')) lines.push(...reportRouteJs(await measureRouteJs(browser, storedUser)));
      if (wanted('artifacts'))
        lines.push(
          ...reportArtifactsList(await measureArtifactsList(browser, storedUser, repeats)),
        );
      if (wanted('run-graph'))
        lines.push(
          ...reportRunGraph(
            await measureRunGraph(() => signedInContext(browser, storedUser), storedUser, repeats),
          ),
        );
      if (wanted('warm-nav'))
        lines.push(
          ...reportWarmNav(
            await measureWarmNav(() => signedInContext(browser, storedUser), repeats),
          ),
        );
      if (wanted('heap'))
        lines.push(
          ...reportHeap(await measureHeap(() => signedInContext(browser, storedUser), storedUser)),
        );
      if (wanted('pipeline-graph'))
        lines.push(
          ...reportPipelineGraph(await measurePipelineGraph(browser, storedUser, repeats)),
        );
      if (wanted('run-requests'))
        lines.push(...reportRunRequests(await measureRunRequests(browser, storedUser)));
      console.log(
        [
          '',
          'kfp-dashboard benchmark',
          `load average before: ${loadBefore}; after: ${load()}`,
          ...lines,
        ].join('\n'),
      );
    }
  } finally {
    await browser.close();
  }
} finally {
  stop();
}
