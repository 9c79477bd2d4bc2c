import type { Page } from '@playwright/test';
import type { TraceTask } from './trace-tasks.ts';

/**
 * The page's own record of its long frames (Long Animation Frames API, Chrome ≥ 123): every frame whose
 * tasks and rendering took over 50 ms, with the scripts that ran in it (what invoked them, from which
 * file, for how long) and when its rendering (style, layout, paint) began. No trace runs, so nothing
 * inflates the page's work (a Chrome trace's categories made module evaluation and style slower by
 * tens of ms), but shorter tasks are not seen. scripts/trace-start.ts `--loaf` prints them.
 */
const KEY = '__benchLongFrames';

export async function installLongFrames(page: Page): Promise<void> {
  await page.addInitScript((key) => {
    const frames: unknown[] = [];
    Reflect.set(window, key, frames);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) frames.push(entry.toJSON());
    }).observe({ type: 'long-animation-frame', buffered: true });
  }, KEY);
}

const num = (value: unknown): number => (typeof value === 'number' ? value : 0);
const str = (value: unknown): string => (typeof value === 'string' ? value : '');
const file = (url: string) => url.replace(/^https?:\/\/[^/]+/, '').replace(/^.*\/assets\//, '');

/** The long frames seen so far, each as a task (the frame) followed by one per script in it. */
export async function readLongFrames(page: Page): Promise<TraceTask[]> {
  const frames = await page.evaluate((key): unknown => Reflect.get(window, key), KEY);
  if (!Array.isArray(frames)) return [];
  return frames.flatMap((frame: unknown): TraceTask[] => {
    if (typeof frame !== 'object' || frame === null) return [];
    const start = num(Reflect.get(frame, 'startTime'));
    const renderStart = num(Reflect.get(frame, 'renderStart'));
    const scripts: unknown = Reflect.get(frame, 'scripts');
    const lines: TraceTask[] = [
      {
        start,
        duration: num(Reflect.get(frame, 'duration')),
        summary: `frame, its rendering from ${renderStart > 0 ? Math.round(renderStart) : '–'}`,
      },
    ];
    for (const script of Array.isArray(scripts) ? scripts : []) {
      if (typeof script !== 'object' || script === null) continue;
      const fn = str(Reflect.get(script, 'sourceFunctionName'));
      lines.push({
        start: num(Reflect.get(script, 'startTime')),
        duration: num(Reflect.get(script, 'duration')),
        summary: `  script ${str(Reflect.get(script, 'invokerType'))} ${str(Reflect.get(script, 'invoker')).slice(0, 50)} ${file(str(Reflect.get(script, 'sourceURL')))}${fn ? ` ${fn}` : ''}`,
      });
    }
    return lines;
  });
}
