/**
 * `npx tsx scripts/trace-start.ts URL [--selector CSS] [--repeats N] [--trace FILE] [--loaf]`: where the time of
 * a cold page load goes, up to its first data row. Loads URL in a fresh headless chromium context
 * (cold cache) with a Chrome trace running and prints, in ms since the navigation started: every
 * resource (request start → response end), the start-up's own marks (`kfp:*`, src/app/start.ts), the
 * main thread's tasks over 4 ms with what filled them (script evaluation by file, compile, style,
 * layout, paint, timers, fetch callbacks), and when the first row's frame was drawn. It starts no
 * server: run the emulator and a preview (`vite preview`) first, e.g. on the ports HELPERS/README name.
 * KFP's UI works too (`--selector '[data-testid="table-row"]'`, URL `http://…/#/runs`).
 * `--loaf` runs no trace: the page's own Long Animation Frames (frames over 50 ms, with the scripts
 * in them) stand in for the tasks, so nothing slows the page down (long-frames.ts).
 */
import { chromium } from '@playwright/test';
import { writeFileSync } from 'node:fs';
import { chromiumArgs, chromiumPath } from './browser.ts';
import { installFirstRowProbe, readFirstRowProbe } from './bench/first-row-probe.ts';
import { installLongFrames, readLongFrames } from './bench/long-frames.ts';
import { mainThreadTasks, type TraceTask } from './bench/trace-tasks.ts';

const args = process.argv.slice(2);
const option = (name: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const url = args.find((arg) => /^https?:\/\//.test(arg));
if (url === undefined) {
  console.error(
    'usage: npx tsx scripts/trace-start.ts URL [--selector CSS] [--repeats N] [--trace FILE] [--loaf]',
  );
  process.exit(2);
}
const selector = option('--selector') ?? 'tbody tr:not([data-skeleton]) a';
const repeats = Number(option('--repeats') ?? '1');
const traceFile = option('--trace');
const loaf = args.includes('--loaf');

interface Timeline {
  readonly resources: readonly { name: string; start: number; end: number; kind: string }[];
  readonly marks: readonly { name: string; at: number }[];
  readonly navigation: { responseEnd: number; domInteractive: number; loadEnd: number };
}

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  for (let i = 0; i < repeats; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await installFirstRowProbe(page, selector);
    if (loaf) await installLongFrames(page);
    else
      await browser.startTracing(page, {
        categories: [
          'toplevel',
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'v8.execute',
          'v8',
          'blink.user_timing',
          'loading',
        ],
      });
    await page.goto(url);
    await page.locator(selector).first().waitFor({ state: 'visible', timeout: 60_000 });
    const row = await readFirstRowProbe(page);
    await page.waitForTimeout(300);
    let tasks: readonly TraceTask[];
    if (loaf) {
      tasks = await readLongFrames(page);
    } else {
      const trace = await browser.stopTracing();
      if (traceFile !== undefined)
        writeFileSync(repeats > 1 ? `${traceFile}.${i}` : traceFile, trace);
      tasks = mainThreadTasks(trace.toString('utf8'));
    }
    const timeline = await page.evaluate((): Timeline => {
      const [nav] = performance.getEntriesByType('navigation');
      return {
        resources: performance.getEntriesByType('resource').map((entry) => ({
          name: entry.name,
          start: entry.startTime,
          end: entry instanceof PerformanceResourceTiming ? entry.responseEnd : entry.startTime,
          kind: entry instanceof PerformanceResourceTiming ? entry.initiatorType : '',
        })),
        marks: performance
          .getEntriesByType('mark')
          .map((entry) => ({ name: entry.name, at: entry.startTime })),
        navigation:
          nav instanceof PerformanceNavigationTiming
            ? {
                responseEnd: nav.responseEnd,
                domInteractive: nav.domInteractive,
                loadEnd: nav.loadEventEnd,
              }
            : { responseEnd: 0, domInteractive: 0, loadEnd: 0 },
      };
    });
    await context.close();
    print(i, timeline, tasks, row);
  }
} finally {
  await browser.close();
}

function print(
  sampleIndex: number,
  timeline: Timeline,
  tasks: readonly TraceTask[],
  row: { domMs: number; paintMs: number } | undefined,
): void {
  const ms = (value: number) => String(Math.round(value)).padStart(5);
  const short = (name: string) => name.replace(/^https?:\/\/[^/]+/, '').slice(0, 90);
  const lines: string[] = [`\n=== sample ${sampleIndex + 1}: ${url}`];
  const nav = timeline.navigation;
  lines.push(
    `document: HTML end ${ms(nav.responseEnd)}, DOM interactive ${ms(nav.domInteractive)}, load end ${ms(nav.loadEnd)}`,
  );
  const events = [
    ...timeline.resources.map((r) => ({
      at: r.start,
      text: `${ms(r.start)} → ${ms(r.end)}  ${r.kind.padEnd(6)} ${short(r.name)}`,
    })),
    ...timeline.marks.map((m) => ({ at: m.at, text: `${ms(m.at)}          mark   ${m.name}` })),
    ...tasks.map((t) => ({
      at: t.start,
      text: `${ms(t.start)} +${String(Math.round(t.duration)).padStart(4)} task   ${t.summary}`,
    })),
  ].sort((a, b) => a.at - b.at);
  lines.push(...events.map((event) => `  ${event.text}`));
  const busy = tasks
    .filter((t) => row === undefined || t.start < row.paintMs)
    .reduce((sum, t) => sum + t.duration, 0);
  const what = loaf ? 'long frames' : 'main-thread tasks over 4 ms';
  lines.push(
    row === undefined
      ? 'first row: not seen by the probe'
      : `first row: in the DOM at ${ms(row.domMs)}, its frame drawn at ${ms(row.paintMs)}; ${what} before it: ${Math.round(busy)} ms`,
  );
  console.log(lines.join('\n'));
}
