/**
 * The renderer main thread's tasks in a Chrome trace (scripts/trace-start.ts), in ms since the page's
 * navigation started (its `navigationStart`, the zero of `performance.now()`), each with the events
 * that filled it: script evaluation by file, module compile, style, layout, paint, timers, callbacks.
 */
export interface TraceTask {
  readonly start: number;
  readonly duration: number;
  readonly summary: string;
}

interface TraceEvent {
  readonly name: string;
  readonly ph: string;
  readonly ts: number;
  readonly dur: number;
  readonly pid: number;
  readonly tid: number;
  readonly args: Record<string, unknown>;
}

/** Events worth naming inside a task (nested ones overlap: durations are not additive). */
const NAMED = new Set([
  'EvaluateScript',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.compile',
  'FunctionCall',
  'TimerFire',
  'FireAnimationFrame',
  'EventDispatch',
  'UpdateLayoutTree',
  'Layout',
  'Paint',
  'PrePaint',
  'ParseHTML',
  'ParseAuthorStyleSheet',
  'RunMicrotasks',
  'MajorGC',
  'MinorGC',
  'ResourceReceivedData',
  'XHRReadyStateChange',
]);

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null
    ? Object.fromEntries(Object.entries(value))
    : {};
}

const stringOf = (value: unknown) => (typeof value === 'string' ? value : '');

function parseEvents(json: string): TraceEvent[] {
  const parsed: unknown = JSON.parse(json);
  const list: unknown = Array.isArray(parsed) ? parsed : record(parsed).traceEvents;
  if (!Array.isArray(list)) return [];
  return list.map((item: unknown) => {
    const e = record(item);
    return {
      name: typeof e.name === 'string' ? e.name : '',
      ph: typeof e.ph === 'string' ? e.ph : '',
      ts: typeof e.ts === 'number' ? e.ts : 0,
      dur: typeof e.dur === 'number' ? e.dur : 0,
      pid: typeof e.pid === 'number' ? e.pid : 0,
      tid: typeof e.tid === 'number' ? e.tid : 0,
      args: record(e.args),
    };
  });
}

function urlOf(event: TraceEvent): string {
  const data = record(event.args.data);
  const url = data.url ?? event.args.fileName ?? data.functionName ?? data.type;
  if (typeof url !== 'string' || url === '') return '';
  return url.replace(/^https?:\/\/[^/]+/, '').replace(/^\/assets\//, '');
}

export function mainThreadTasks(json: string, minMs = 4): TraceTask[] {
  const events = parseEvents(json);
  const mainThreads = events.filter(
    (e) => e.ph === 'M' && e.name === 'thread_name' && e.args.name === 'CrRendererMain',
  );
  // The renderer that loaded the page: the one with the last http(s) navigationStart.
  const starts = events.filter(
    (e) =>
      e.name === 'navigationStart' &&
      mainThreads.some((t) => t.pid === e.pid && t.tid === e.tid) &&
      /^https?:/.test(stringOf(record(e.args.data).documentLoaderURL)),
  );
  const zero = starts.at(-1);
  if (zero === undefined) return [];
  const onMain = events
    .filter((e) => e.pid === zero.pid && e.tid === zero.tid && e.ph === 'X' && e.ts >= zero.ts)
    .sort((a, b) => a.ts - b.ts);
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.dur >= minMs * 1000);
  return tasks.map((task) => {
    const inside = onMain.filter(
      (e) => NAMED.has(e.name) && e.ts >= task.ts && e.ts + e.dur <= task.ts + task.dur,
    );
    const top = [...inside]
      .sort((a, b) => b.dur - a.dur)
      .slice(0, 4)
      .map((e) => {
        const where = urlOf(e);
        return `${e.name}${where === '' ? '' : ` ${where.slice(0, 40)}`} ${Math.round(e.dur / 1000)}`;
      });
    return {
      start: (task.ts - zero.ts) / 1000,
      duration: task.dur / 1000,
      summary: top.join(', '),
    };
  });
}
