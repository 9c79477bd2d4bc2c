import type { BrowserContext } from '@playwright/test';
import {
  reportFirstNodes,
  runIdByName,
  timeFirstNodes,
  type FirstNodeSample,
} from './run-graph.ts';
import { medianRatio } from './bootstrap.ts';
import { APP_URL } from './session.ts';

export interface KfpGraphFigures {
  readonly runName: string;
  readonly ours: readonly FirstNodeSample[];
  readonly kfp: readonly FirstNodeSample[];
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
  const ours: FirstNodeSample[] = [];
  const kfp: FirstNodeSample[] = [];
  for (let i = 0; i < repeats; i++) {
    ours.push(await timeFirstNodes(newContext, `${APP_URL}/runs/${runId}`));
    kfp.push(await timeFirstNodes(newContext, `${kfpUrl}/#/runs/details/${runId}`, KFP_NODE));
  }
  return { runName: RUN, ours, kfp };
}

export function reportGraphBesideKfp(figures: KfpGraphFigures): string[] {
  const ratio = (clock: keyof FirstNodeSample) =>
    medianRatio(
      figures.kfp.map((sample) => sample[clock]),
      figures.ours.map((sample) => sample[clock]),
    );
  return [
    `run graph (${figures.runName}) navigation → first node (median, ms; "in page": the frame that shows it):`,
    `  ours    ${reportFirstNodes(figures.ours)}`,
    `  KFP UI  ${reportFirstNodes(figures.kfp)}`,
    `  KFP UI ÷ ours: in page ${ratio('inPageMs')}, polled ${ratio('polledMs')}`,
  ];
}
