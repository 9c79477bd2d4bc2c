/**
 * One cold load of a page, traced: the network waterfall (CDP Network), the main thread's long tasks
 * (a Chrome trace, `devtools.timeline`) and a CPU profile (self and total time per function, and what
 * ran in each 50 ms of the load), up to the first graph node (`--selector`). For reading where the
 * milliseconds go; it asserts nothing.
 *
 *   npx tsx scripts/trace-run-graph.ts --url http://127.0.0.1:14713/runs/<id> [--out /tmp/t.json]
 *     [--selector '.react-flow__node'] [--after-ms 1000]
 */
import { chromium, type CDPSession } from '@playwright/test';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { chromiumArgs, chromiumPath } from './browser.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback?: string) => {
  const at = args.indexOf(name);
  return (at >= 0 ? args[at + 1] : undefined) ?? fallback;
};
const url = flag('--url');
if (url === undefined) throw new Error('--url is required');
const selector = flag('--selector', '.react-flow__node') ?? '.react-flow__node';
const afterMs = Number(flag('--after-ms', '500'));
const out = flag('--out');
/** Also sum the CPU profile over this window (ms from the document request), e.g. `1000-1600`. */
const windowFlag = flag('--window');
/** The build served at --url: its source maps name the minified functions. */
const dist = flag('--dist');

interface Request {
  url: string;
  sent: number;
  response?: number;
  /** When it went on the wire (after queueing for a connection). */
  wire?: number;
  finished?: number;
  bytes?: number;
  type?: string;
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { url?: string; functionName?: string } };
}

function traceEvents(value: unknown): TraceEvent[] {
  const events =
    typeof value === 'object' && value !== null && 'traceEvents' in value
      ? value.traceEvents
      : undefined;
  if (!Array.isArray(events)) return [];
  return events.filter(
    (e: unknown): e is TraceEvent =>
      typeof e === 'object' &&
      e !== null &&
      'name' in e &&
      typeof e.name === 'string' &&
      'ts' in e &&
      typeof e.ts === 'number',
  );
}

const short = (u: string) =>
  u
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/[0-9a-f]{8}-[0-9a-f-]{27}/g, ':id')
    .slice(0, 90);

const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const context = await browser.newContext();
  // No named inner functions here: tsx would wrap them in a helper the page does not have.
  await context.addInitScript((sel: string) => {
    new MutationObserver((_, observer) => {
      if (document.querySelector(sel) === null) return;
      performance.mark('first-node');
      observer.disconnect();
    }).observe(document, { childList: true, subtree: true });
  }, selector);
  const page = await context.newPage();
  const cdp: CDPSession = await context.newCDPSession(page);
  const requests = new Map<string, Request>();
  cdp.on('Network.requestWillBeSent', (e) => {
    requests.set(e.requestId, { url: e.request.url, sent: e.timestamp, type: e.type });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = requests.get(e.requestId);
    if (!r) return;
    r.response = e.timestamp;
    const timing = e.response.timing;
    if (timing) r.wire = timing.requestTime + timing.sendStart / 1000;
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = requests.get(e.requestId);
    if (r) {
      r.finished = e.timestamp;
      r.bytes = e.encodedDataLength;
    }
  });
  await cdp.send('Network.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await browser.startTracing(page, {
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink'],
  });
  await cdp.send('Profiler.start');
  const wall = Date.now();
  await page.goto(url);
  await page.locator(selector).first().waitFor({ state: 'visible', timeout: 120_000 });
  const wallMs = Date.now() - wall;
  await page.waitForTimeout(afterMs);
  const { profile } = await cdp.send('Profiler.stop');
  const traceBuffer = await browser.stopTracing();
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .map((m) => ({ name: m.name, at: Math.round(m.startTime) })),
  );
  const nodes = await page.locator(selector).count();
  const parsed: unknown = JSON.parse(traceBuffer.toString('utf8'));
  if (out !== undefined) writeFileSync(out, traceBuffer);

  const all = [...requests.values()];
  const doc = all.find((r) => r.type === 'Document');
  const t0 = doc?.sent ?? Math.min(...all.map((r) => r.sent));
  const ms = (t: number | undefined) =>
    t === undefined ? '-' : String(Math.round((t - t0) * 1000));
  console.log(`wall (goto → visible) ${wallMs} ms; marks ${JSON.stringify(marks)}; nodes ${nodes}`);
  console.log(
    '\nnetwork (ms from the document request: sent / on the wire / first byte / done, KB):',
  );
  for (const r of all.sort((a, b) => a.sent - b.sent))
    console.log(
      `  ${ms(r.sent).padStart(5)} ${ms(r.wire).padStart(5)} ${ms(r.response).padStart(5)} ${ms(r.finished).padStart(5)} ${((r.bytes ?? 0) / 1024).toFixed(1).padStart(7)}  ${short(r.url)}`,
    );

  // Main thread: the renderer's CrRendererMain.
  const events = traceEvents(parsed);
  const mainThread = events.find(
    (e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain',
  );
  const navStart = t0 * 1e6;
  /** Layouts > 20 ms (their JS stack is printed from the CPU profile). */
  const longLayouts: TraceEvent[] = [];
  if (mainThread) {
    const onMain = events.filter(
      (e) => e.pid === mainThread.pid && e.tid === mainThread.tid && e.ph === 'X',
    );
    const tasks = onMain.filter((e) => e.name === 'RunTask' && (e.dur ?? 0) > 8000);
    longLayouts.push(...onMain.filter((e) => e.name === 'Layout' && (e.dur ?? 0) > 20_000));
    console.log('\nmain-thread tasks > 8 ms (start, duration, what):');
    for (const task of tasks) {
      const end = task.ts + (task.dur ?? 0);
      const inside = onMain.filter(
        (e) =>
          e !== task &&
          e.ts >= task.ts &&
          e.ts < end &&
          (e.dur ?? 0) > 2000 &&
          [
            'EvaluateScript',
            'v8.compileModule',
            'v8.evaluateModule',
            'FunctionCall',
            'ParseHTML',
            'Layout',
            'UpdateLayoutTree',
            'Paint',
            'MajorGC',
            'MinorGC',
            'V8.GC_SCAVENGER',
            'EventDispatch',
            'TimerFire',
            'FireAnimationFrame',
            'v8.run',
            'RunMicrotasks',
            'PrePaint',
            'Commit',
          ].includes(e.name),
      );
      const what = inside
        .slice(0, 6)
        .map(
          (e) =>
            `${e.name}${e.args?.data?.url ? `(${short(e.args.data.url).replace(/.*\//, '')})` : ''}:${Math.round((e.dur ?? 0) / 1000)}`,
        )
        .join(' ');
      console.log(
        `  ${String(Math.round((task.ts - navStart) / 1000)).padStart(5)} ${String(Math.round((task.dur ?? 0) / 1000)).padStart(4)}  ${what}`,
      );
    }
    const busy = onMain
      .filter((e) => e.name === 'RunTask')
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
    console.log(`main thread busy in tasks: ${Math.round(busy / 1000)} ms`);
  }

  // CPU profile: self/total per function, and a timeline of 50 ms buckets.
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const maps = new Map<string, SourceMapConsumer | undefined>();
  const mapOf = (file: string) => {
    if (!maps.has(file)) {
      const path = dist === undefined ? undefined : join(dist, 'assets', `${file}.map`);
      maps.set(
        file,
        path !== undefined && existsSync(path)
          ? new SourceMapConsumer(readFileSync(path, 'utf8'))
          : undefined,
      );
    }
    return maps.get(file);
  };
  const files = new Map<number, string>();
  const fileOf = (n: ProfileNode) => {
    const known = files.get(n.id);
    if (known !== undefined) return known;
    const found = originalFile(n);
    files.set(n.id, found);
    return found;
  };
  const originalFile = (n: ProfileNode) => {
    const file = n.callFrame.url.replace(/.*\//, '');
    const original = mapOf(file)?.originalPositionFor({
      line: n.callFrame.lineNumber + 1,
      column: n.callFrame.columnNumber,
    });
    return original?.source
      ? original.source.replace(/^(\.\.\/)+/, '').replace(/^node_modules\/(\.pnpm\/)?/, 'nm/')
      : file;
  };
  const label = (n: ProfileNode) => `${n.callFrame.functionName || '(anon)'} ${fileOf(n)}`;
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  const buckets = new Map<number, Map<string, number>>();
  // The window: --window, or from the spec's answer (the pipeline version) to the first node.
  const specDone = all.find((r) => /\/versions\//.test(r.url))?.finished;
  const firstNode = marks.find((m) => m.name === 'first-node')?.at;
  const [winFrom, winTo] = windowFlag === undefined ? [] : windowFlag.split('-').map(Number);
  const from = winFrom ?? (specDone === undefined ? Number.NaN : (specDone - t0) * 1000);
  const to = winTo ?? firstNode ?? Number.NaN;
  /** In the window: time per innermost frame of our code (or the library frame when none). */
  const inWindow = new Map<string, number>();
  const inWindowFiles = new Map<string, number>();
  /** In the window: inclusive time per function. */
  const inWindowTotal = new Map<string, number>();
  /** Inclusive time per source file (each file once per sample). */
  const byFile = new Map<string, number>();
  let t = profile.startTime;
  const deltas = profile.timeDeltas ?? [];
  (profile.samples ?? []).forEach((sample, i) => {
    const dt = deltas[i + 1] ?? 0;
    t += deltas[i] ?? 0;
    const node = byId.get(sample);
    if (!node) return;
    const name = label(node);
    const layout = longLayouts.find((e) => t >= e.ts && t < e.ts + (e.dur ?? 0));
    if (layout !== undefined) {
      longLayouts.splice(longLayouts.indexOf(layout), 1);
      const stack: string[] = [];
      for (let at: number | undefined = sample; at !== undefined; at = parent.get(at)) {
        const n = byId.get(at);
        if (n) stack.push(label(n));
      }
      console.log(
        `\nlayout of ${Math.round((layout.dur ?? 0) / 1000)} ms at ${Math.round((layout.ts - navStart) / 1000)}, JS stack:\n    ${stack.slice(0, 25).join('\n    ')}`,
      );
    }
    self.set(name, (self.get(name) ?? 0) + dt);
    const seen = new Set<string>();
    const inFiles = new Set<string>();
    let top = name;
    /** The innermost frame of the app's own code (src/), which says what the libraries work for. */
    let ours: string | undefined;
    for (let at: number | undefined = sample; at !== undefined; at = parent.get(at)) {
      const n = byId.get(at);
      if (!n) break;
      const l = label(n);
      if (!seen.has(l)) total.set(l, (total.get(l) ?? 0) + dt);
      inFiles.add(fileOf(n));
      if (ours === undefined && /(^|\/)src\//.test(fileOf(n))) ours = l.replace(/ \S*src\//, ' ');
      seen.add(l);
      if (n.callFrame.functionName !== '(root)') top = l;
    }
    for (const file of inFiles) byFile.set(file, (byFile.get(file) ?? 0) + dt);
    const at = (t - navStart) / 1000;
    if (at >= from && at < to) {
      const key = ['(idle)', '(program)', '(garbage collector)'].includes(
        node.callFrame.functionName,
      )
        ? node.callFrame.functionName
        : (ours ?? top.replace(/ \S*node_modules\//, ' nm/'));
      inWindow.set(key, (inWindow.get(key) ?? 0) + dt);
      for (const file of inFiles) inWindowFiles.set(file, (inWindowFiles.get(file) ?? 0) + dt);
      for (const name of seen) inWindowTotal.set(name, (inWindowTotal.get(name) ?? 0) + dt);
    }
    const bucket = Math.floor((t - navStart) / 50_000);
    const inBucket = buckets.get(bucket) ?? new Map<string, number>();
    const key = ['(idle)', '(program)', '(garbage collector)'].includes(node.callFrame.functionName)
      ? node.callFrame.functionName
      : `${ours ?? top.replace(/ \S*node_modules\//, ' nm/')} → ${name.replace(/ \S*node_modules\//, ' nm/').replace(/ \S*src\//, ' ')}`;
    inBucket.set(key, (inBucket.get(key) ?? 0) + dt);
    buckets.set(bucket, inBucket);
  });
  const topOf = (map: Map<string, number>, n: number) =>
    [...map].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log('\nCPU self time (ms):');
  for (const [name, us] of topOf(self, 30))
    console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${name}`);
  console.log('\nCPU total time (ms):');
  for (const [name, us] of topOf(total, 45))
    console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${name}`);
  console.log(`\nwindow ${Math.round(from)}–${Math.round(to)} ms: by innermost frame of src/ (ms)`);
  for (const [name, us] of topOf(inWindow, 40))
    console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${name}`);
  console.log('window: inclusive per function (ms)');
  for (const [name, us] of topOf(inWindowTotal, 70))
    console.log(
      `  ${(us / 1000).toFixed(1).padStart(7)}  ${name.replace(/ \S*node_modules\//, ' nm/').replace(/ \S*src\//, ' ')}`,
    );
  console.log('window: inclusive per source file (ms)');
  for (const [name, us] of topOf(inWindowFiles, 40))
    console.log(
      `  ${(us / 1000).toFixed(1).padStart(7)}  ${name.replace(/^.*node_modules\//, 'nm/').replace(/^.*\/src\//, 'src/')}`,
    );
  console.log('\nCPU total time per source file (ms):');
  for (const [name, us] of topOf(byFile, 60))
    console.log(`  ${(us / 1000).toFixed(1).padStart(7)}  ${name}`);
  console.log(
    '\nper 50 ms (from the document request): the three heaviest (top frame → self frame)',
  );
  for (const [bucket, map] of [...buckets].sort((a, b) => a[0] - b[0])) {
    if (bucket < 0) continue;
    const line = topOf(map, 4)
      .map(([k, us]) => `${(us / 1000).toFixed(0)} ${k.slice(0, 110)}`)
      .join(' | ');
    console.log(`  ${String(bucket * 50).padStart(5)}  ${line}`);
  }
} finally {
  await browser.close();
}
