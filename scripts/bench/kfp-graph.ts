import type { BrowserContext } from '@playwright/test';
import { runIdByName, timeFirstNodes } from './run-graph.ts';
import { APP_URL, median } from './session.ts';

export interface KfpGraphFigures {
  readonly runName: string;
  readonly oursMs: readonly number[];
  readonly kfpMs: readonly number[];
}

/** The run KFP's UI can draw from the emulator (v1: it reads the Argo workflow through v1beta1). */
const RUN = 'Wide fan-out v1 (300 tasks)';
/** KFP's UI draws each graph node as a div `data-testid="graph-node-<id>"` (frontend/src/components/Graph.tsx). */
const KFP_NODE = '[data-testid^="graph-node-"]';

/**
 * Navigation → first graph node of the 300-task v1 run for our dashboard and KFP's UI
 * (`#/runs/details/<id>`), both against one single-user emulator, cold cache, samples interleaved.
 */
export async function measureGraphBesideKfp(
  newContext: () => Promise<BrowserContext>,
  kfpUrl: string,
  repeats = 5,
): Promise<KfpGraphFigures> {
  const runId = await runIdByName(RUN);
  const oursMs: number[] = [];
  const kfpMs: number[] = [];
  for (let i = 0; i < repeats; i++) {
    oursMs.push(await timeFirstNodes(newContext, `${APP_URL}/runs/${runId}`));
    kfpMs.push(await timeFirstNodes(newContext, `${kfpUrl}/#/runs/details/${runId}`, KFP_NODE));
  }
  return { runName: RUN, oursMs, kfpMs };
}

export function reportGraphBesideKfp(figures: KfpGraphFigures): string[] {
  const ours = median(figures.oursMs);
  const kfp = median(figures.kfpMs);
  return [
    `run graph (${figures.runName}) navigation → first node (median, ms):`,
    `  ours ${String(ours)} (${figures.oursMs.join(', ')})   KFP UI ${String(kfp)} (${figures.kfpMs.join(', ')})   ratio ${(kfp / ours).toFixed(2)}×`,
  ];
}
