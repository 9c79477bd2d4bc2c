import type { Browser } from '@playwright/test';
import { firstNodes } from './run-graph.ts';
import { accessTokenOf, median } from './session.ts';
import { APP_URL, signedInContext } from './session.ts';

export interface PipelineGraphFigures {
  readonly pipelineName: string;
  readonly firstNodesMs: readonly number[];
  readonly nodesPainted: number;
}

const DISPLAY_NAME = 'Wide fan-out (1,000 tasks)';

/** The id of the large profile's 1,000-task pipeline (shared), through the API. */
async function widePipelineId(storedUser: string): Promise<string> {
  const filter = JSON.stringify({
    predicates: [{ key: 'display_name', operation: 'EQUALS', string_value: DISPLAY_NAME }],
  });
  const url = `${APP_URL}/pipeline/apis/v2beta1/pipelines?filter=${encodeURIComponent(filter)}`;
  const response = await fetch(url, {
    headers: { Authorization: `Bearer ${accessTokenOf(storedUser)}` },
  });
  const body: unknown = await response.json();
  const pipelines =
    typeof body === 'object' &&
    body !== null &&
    'pipelines' in body &&
    Array.isArray(body.pipelines)
      ? body.pipelines
      : [];
  const first: unknown = pipelines[0];
  if (
    typeof first === 'object' &&
    first !== null &&
    'pipeline_id' in first &&
    typeof first.pipeline_id === 'string'
  )
    return first.pipeline_id;
  throw new Error(
    `no "${DISPLAY_NAME}" pipeline (is the emulator on --profile large?): ${JSON.stringify(body).slice(0, 200)}`,
  );
}

/** Navigation → first painted graph nodes of the 1,000-task pipeline's page (its latest version's graph), cold cache each time. */
export async function measurePipelineGraph(
  browser: Browser,
  storedUser: string,
  repeats = 5,
): Promise<PipelineGraphFigures> {
  const pipelineId = await widePipelineId(storedUser);
  const firstNodesMs: number[] = [];
  let nodesPainted = 0;
  for (let i = 0; i < repeats; i++) {
    const context = await signedInContext(browser, storedUser);
    const page = await context.newPage();
    const start = Date.now();
    await page.goto(`${APP_URL}/pipelines/${pipelineId}?ns=kubeflow-alice`);
    await firstNodes(page);
    firstNodesMs.push(Date.now() - start);
    if (i === repeats - 1) {
      await page.waitForLoadState('networkidle');
      nodesPainted = await page.locator('.react-flow__node').count();
    }
    await context.close();
  }
  return { pipelineName: DISPLAY_NAME, firstNodesMs, nodesPainted };
}

export function reportPipelineGraph(figures: PipelineGraphFigures): string[] {
  return [
    `pipeline graph (${figures.pipelineName}) navigation → first nodes   median ${median(figures.firstNodesMs)} ms of ${figures.firstNodesMs.join(', ')} (budget 1.5 s)`,
    `pipeline graph nodes painted (nodes in view)                         ${figures.nodesPainted}`,
  ];
}
