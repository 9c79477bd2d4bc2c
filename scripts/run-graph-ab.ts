/**
 * A/B of the run graph's first nodes in one run: two builds (`--a DIR`, `--b DIR`, each a `vite build`
 * output), and optionally KFP's UI (`--kfp-ui DIR`, built as README says), against one single-user
 * emulator (`--auth none --profile large`) on ports of their own (emulator 18713, previews 14713/14714,
 * KFP's UI 13013), cold cache, samples interleaved (A, B, KFP for each run, then again). Prints the
 * Playwright figure (navigation → first node visible, as the bench takes it), the in-page one (a
 * MutationObserver's `performance.now()` when the first node is in the DOM) and the frame that
 * paints it (a task after the next animation frame), with the load average. The Playwright figure
 * is coarse: `locator.waitFor` checks at once, then after waits of 20, 50, 100, 100 and then 500 ms
 * (Playwright's retryWithProgressAndBackoff), counted from `goto` resolving at the load event, so a
 * node that comes more than 270 ms after the load event is seen up to 500 ms late; the painted
 * figure has no such steps.
 *
 *   npx tsx scripts/run-graph-ab.ts --a /tmp/dist-main --b dist [--kfp-ui DIR] [--repeats 5]
 *     [--runs v1-300,v2-300,v1-1000,v2-1000]
 */
import { chromium } from '@playwright/test';
import { loadavg } from 'node:os';
import { chromiumArgs, chromiumPath } from './browser.ts';
import { runIdByName, timeFirstNodes, type FirstNodeSample } from './bench/run-graph.ts';
import { Servers, startKfpUi, waitForUrl, withoutLogin } from './bench/servers.ts';
import { medianDifference, medianRatio } from './bench/bootstrap.ts';
import { median } from './bench/session.ts';

const args = process.argv.slice(2);
const flag = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const repeats = Number(flag('--repeats') ?? '5');
const dirA = flag('--a');
const dirB = flag('--b');
const kfpUi = flag('--kfp-ui');
if (dirA === undefined || dirB === undefined) throw new Error('--a DIR and --b DIR are required');
const EMULATOR = 18713;
const IDP = 15713;
const KFP_PORT = 13013;

const RUNS = {
  'v1-300': 'Wide fan-out v1 (300 tasks)',
  'v2-300': 'Wide fan-out (300 tasks)',
  'v1-1000': 'Wide fan-out v1 (1,000 tasks)',
  'v2-1000': 'Wide fan-out',
} as const;
type RunKey = keyof typeof RUNS;
const isRunKey = (key: string): key is RunKey => key in RUNS;
const runKeys = (flag('--runs') ?? 'v1-300,v2-300,v1-1000,v2-1000').split(',').filter(isRunKey);

const load = () =>
  loadavg()
    .map((n) => n.toFixed(1))
    .join(' ');

/** A copy of a build whose config.json says "no login" (the emulator is single-user). */
const servers = new Servers();
process.on('SIGINT', () => {
  servers.stopAll();
  process.exit(130);
});
try {
  servers.start('emulator', 'npx', [
    'tsx',
    'emulator/main.ts',
    ...['--profile', 'large', '--speed', '20', '--auth', 'none'],
    ...['--port', String(EMULATOR), '--idp-port', String(IDP)],
  ]);
  const targets: { name: string; port: number; selector: string; path: (id: string) => string }[] =
    [
      { name: 'A', port: 14713, selector: '.react-flow__node', path: (id) => `/runs/${id}` },
      { name: 'B', port: 14714, selector: '.react-flow__node', path: (id) => `/runs/${id}` },
    ];
  for (const [target, dir] of [
    [targets[0], dirA],
    [targets[1], dirB],
  ] as const)
    if (target)
      servers.start(
        `preview ${target.name}`,
        'npx',
        ['vite', 'preview', '--outDir', withoutLogin(dir), '--port', String(target.port)],
        { KFP_EMULATOR_URL: `http://127.0.0.1:${EMULATOR}` },
      );
  if (kfpUi !== undefined) {
    startKfpUi(servers, kfpUi, KFP_PORT, EMULATOR);
    targets.push({
      name: 'KFP',
      port: KFP_PORT,
      // KFP's Graph.tsx names each node so.
      selector: '[data-testid^="graph-node-"]',
      path: (id) => `/#/runs/details/${id}`,
    });
  }
  await waitForUrl(`http://127.0.0.1:${EMULATOR}/apis/v2beta1/healthz`, 240_000);
  for (const target of targets) await waitForUrl(`http://127.0.0.1:${target.port}/`, 60_000);
  const ids = await Promise.all(
    runKeys.map((key) => runIdByName(RUNS[key], undefined, `http://127.0.0.1:${EMULATOR}`)),
  );
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  const before = load();
  const results = new Map<string, FirstNodeSample[]>();
  try {
    // One warm-up load each (server-side caches, the OS file cache), not counted.
    for (const target of targets)
      await timeFirstNodes(
        () => browser.newContext(),
        `http://127.0.0.1:${target.port}${target.path(ids[0] ?? '')}`,
        target.selector,
      );
    for (let i = 0; i < repeats; i++)
      for (const [index, key] of runKeys.entries())
        for (const target of targets) {
          if (target.name === 'KFP' && key !== 'v1-300') continue;
          const url = `http://127.0.0.1:${target.port}${target.path(ids[index] ?? '')}`;
          const s = await timeFirstNodes(() => browser.newContext(), url, target.selector);
          const k = `${key} ${target.name}`;
          results.set(k, [...(results.get(k) ?? []), s]);
        }
  } finally {
    await browser.close();
  }
  console.log(`load average before: ${before}; after: ${load()}`);
  for (const [key, samples] of results) {
    const wall = samples.map((s) => s.polledMs);
    const inPage = samples.map((s) => s.domMs);
    const painted = samples.map((s) => s.inPageMs);
    console.log(
      `${key.padEnd(12)} wall ${String(median(wall)).padStart(5)} (${wall.join(', ')})  in-page ${String(median(inPage)).padStart(5)} (${inPage.join(', ')})  painted ${String(median(painted)).padStart(5)} (${painted.join(', ')})`,
    );
  }
  // B against A, per run, painted: the difference of medians with its bootstrap interval.
  for (const key of runKeys) {
    const a = results.get(`${key} A`);
    const b = results.get(`${key} B`);
    if (a && b)
      console.log(
        `${key.padEnd(7)} B − A, painted: ${medianDifference(
          a.map((s) => s.inPageMs),
          b.map((s) => s.inPageMs),
        )}`,
      );
  }
  const kfp = results.get('v1-300 KFP');
  if (kfp)
    for (const name of ['A', 'B']) {
      const ours = results.get(`v1-300 ${name}`);
      if (ours)
        console.log(
          `ratio KFP/${name} (300 v1, medians): wall ${medianRatio(
            kfp.map((s) => s.polledMs),
            ours.map((s) => s.polledMs),
          )}, painted ${medianRatio(
            kfp.map((s) => s.inPageMs),
            ours.map((s) => s.inPageMs),
          )}`,
        );
    }
} finally {
  servers.stopAll();
}
