import type { BrowserContext } from '@playwright/test';
import { median } from './session.ts';

/**
 * Navigation → first data row of the runs, pipelines and experiments lists, cold cache each time, for
 * our dashboard and (with --kfp-ui) KFP's own UI served by its node server against the same emulator,
 * samples interleaved (ours, theirs, ours, …) so machine load hits both alike. Also, for ours, the time
 * until every name on the runs page is shown (no placeholder left).
 */
export interface ListFigures {
  readonly list: string;
  readonly oursMs: readonly number[];
  readonly oursNamedMs: readonly number[];
  readonly kfpMs: readonly number[];
}

export interface ListTarget {
  readonly name: 'ours' | 'kfp';
  readonly newContext: () => Promise<BrowserContext>;
  readonly url: (list: string) => string;
  readonly firstRow: string;
}

const LISTS = ['runs', 'pipelines', 'experiments'] as const;

async function sample(
  target: ListTarget,
  list: string,
): Promise<{ firstRowMs: number; namedMs: number }> {
  const context = await target.newContext();
  try {
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(target.url(list));
    await page.locator(target.firstRow).first().waitFor({ state: 'visible', timeout: 60_000 });
    const firstRowMs = Date.now() - start;
    // Names: no loading placeholder left in the table (ours only; KFP's UI has none).
    await page
      .locator('table [aria-label="Loading name…"]')
      .first()
      .waitFor({ state: 'detached', timeout: 60_000 });
    return { firstRowMs, namedMs: Date.now() - start };
  } finally {
    await context.close();
  }
}

export async function measureLists(
  ours: ListTarget,
  kfp: ListTarget | undefined,
  repeats = 5,
): Promise<ListFigures[]> {
  const figures: ListFigures[] = [];
  for (const list of LISTS) {
    const oursMs: number[] = [];
    const oursNamedMs: number[] = [];
    const kfpMs: number[] = [];
    for (let i = 0; i < repeats; i++) {
      const mine = await sample(ours, list);
      oursMs.push(mine.firstRowMs);
      oursNamedMs.push(mine.namedMs);
      if (kfp !== undefined) kfpMs.push((await sample(kfp, list)).firstRowMs);
    }
    figures.push({ list, oursMs, oursNamedMs, kfpMs });
  }
  return figures;
}

export function reportLists(figures: readonly ListFigures[]): string[] {
  const lines = ['navigation → first row, cold cache (median of samples, ms):'];
  for (const f of figures) {
    const ours = median(f.oursMs);
    const named = f.list === 'runs' ? `, every name shown ${median(f.oursNamedMs)}` : '';
    const kfp =
      f.kfpMs.length === 0
        ? ''
        : `   KFP UI ${median(f.kfpMs)} (${f.kfpMs.join(', ')})   ratio ${(median(f.kfpMs) / ours).toFixed(2)}×`;
    lines.push(`  ${f.list.padEnd(12)} ours ${ours} (${f.oursMs.join(', ')})${named}${kfp}`);
  }
  return lines;
}
