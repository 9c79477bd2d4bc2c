import type { BrowserContext } from '@playwright/test';
import { installFirstRowProbe, readFirstRowProbe } from './first-row-probe.ts';
import { medianDifference, medianRatio } from './bootstrap.ts';
import { median } from './session.ts';

/**
 * Navigation → first data row of the runs, pipelines and experiments lists, cold cache each time, for
 * our dashboard, optionally another build of it (`--base`, e.g. main's: an A/B in one run) and
 * (with --kfp-ui) KFP's own UI served by its node server against the same emulator, samples
 * interleaved (ours, base, theirs, ours, …) so machine load hits all alike. Also, for ours, the time
 * until every name on the runs page is shown (no placeholder left). Each sample has two clocks:
 * Playwright's (polled from outside, after the load event) and the page's own (first-row-probe.ts:
 * the frame that shows the first row, ms since navigation start), which leaves the polling out.
 */
export interface ListTarget {
  readonly name: string;
  readonly newContext: () => Promise<BrowserContext>;
  readonly url: (list: string) => string;
  readonly firstRow: string;
  /** Whether the page has name placeholders to wait for (ours). */
  readonly namePlaceholders: boolean;
}

interface Samples {
  readonly polledMs: number[];
  readonly inPageMs: number[];
  readonly namedMs: number[];
}

export interface ListFigures {
  readonly list: string;
  /** By target name, in the order the targets were given. */
  readonly samples: ReadonlyMap<string, Samples>;
}

const LISTS = ['runs', 'pipelines', 'experiments'] as const;

async function sample(target: ListTarget, list: string, into: Samples): Promise<void> {
  const context = await target.newContext();
  try {
    const page = await context.newPage();
    await installFirstRowProbe(page, target.firstRow);
    const start = Date.now();
    await page.goto(target.url(list));
    await page.locator(target.firstRow).first().waitFor({ state: 'visible', timeout: 60_000 });
    into.polledMs.push(Date.now() - start);
    if (target.namePlaceholders) {
      await page
        .locator('table [aria-label="Loading name…"]')
        .first()
        .waitFor({ state: 'detached', timeout: 60_000 });
      into.namedMs.push(Date.now() - start);
    }
    into.inPageMs.push((await readFirstRowProbe(page))?.paintMs ?? Number.NaN);
  } finally {
    await context.close();
  }
}

export async function measureLists(
  targets: readonly ListTarget[],
  repeats = 5,
): Promise<ListFigures[]> {
  const figures: ListFigures[] = [];
  for (const list of LISTS) {
    const samples = new Map<string, Samples>(
      targets.map((target) => [target.name, { polledMs: [], inPageMs: [], namedMs: [] }]),
    );
    for (let i = 0; i < repeats; i++)
      for (const target of targets) {
        const into = samples.get(target.name);
        if (into !== undefined) await sample(target, list, into);
      }
    figures.push({ list, samples });
  }
  return figures;
}

const figure = (values: readonly number[]) => `${median(values)} (${values.join(', ')})`;

/**
 * Each target's medians; ratios against KFP's UI (`kfp`) and ours against `base`, in page, each with
 * its bootstrap interval (bootstrap.ts): a difference whose interval straddles 0 is not one.
 */
export function reportLists(figures: readonly ListFigures[]): string[] {
  const lines = [
    'navigation → first row, cold cache (median of samples, ms). "in page": the frame that shows the',
    'row, by the page\'s clock; "polled": Playwright\'s wait, which adds its polling delay:',
  ];
  for (const f of figures) {
    const kfp = f.samples.get('kfp');
    const base = f.samples.get('base');
    for (const [name, s] of f.samples) {
      const named = s.namedMs.length > 0 ? `   every name shown ${median(s.namedMs)} polled` : '';
      const ratio =
        kfp === undefined || name === 'kfp'
          ? ''
          : `   KFP UI ÷ this: in page ${medianRatio(kfp.inPageMs, s.inPageMs)}, polled ${medianRatio(kfp.polledMs, s.polledMs)}`;
      const versusBase =
        base === undefined || name !== 'ours'
          ? ''
          : `   ours − base, in page: ${medianDifference(base.inPageMs, s.inPageMs)}`;
      lines.push(
        `  ${f.list.padEnd(12)} ${name.padEnd(5)} in page ${figure(s.inPageMs)}   polled ${figure(s.polledMs)}${named}${ratio}${versusBase}`,
      );
    }
  }
  return lines;
}
