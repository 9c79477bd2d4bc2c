import { screen, within } from '@testing-library/react';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { createExperiment } from '@/lib/kfp/experiments.ts';
import { uploadPipeline, uploadPipelineVersion } from '@/lib/kfp/pipelines.ts';
import { parseRun, type Run } from '@/lib/kfp/wire/run.ts';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { addPipelineYaml } from '../../../../emulator/testing/test-pipelines.ts';

/** The in-process emulator seeded with runs, and readers of the runs table, for the RunsTable tests. */
export const NS = 'kubeflow-alice';

/** The in-process emulator with a client that records every request path it sends. */
export async function emulatorWithLog() {
  const emulator = await createTestEmulator();
  const requests: string[] = [];
  const client = emulator.client('alice', (url) => {
    requests.push(url.pathname);
  });
  return { client, admin: emulator.client('admin'), requests };
}

/**
 * Experiments alpha/beta/gamma and runs of version "pipe-private v2" of a private pipeline (even
 * runs) and of a shared pipeline's latest version "pipe-shared" (odd runs) — or, with `onePipeline`,
 * all of "pipe-private v2".
 */
export async function seedRuns(
  client: KfpClient,
  admin: KfpClient,
  count: number,
  { onePipeline = false, finished = false } = {},
): Promise<Run[]> {
  const experiments = await Promise.all(
    ['alpha', 'beta', 'gamma'].map((name) =>
      createExperiment(client, { display_name: `exp ${name}`, namespace: NS }),
    ),
  );
  const file = (name: string) => new File([addPipelineYaml], `${name}.yaml`);
  const privatePipeline = await uploadPipeline(client, {
    file: file('pipe-private'),
    name: 'pipe-private',
    namespace: NS,
  });
  const version = await uploadPipelineVersion(client, {
    file: file('v2'),
    pipelineId: privatePipeline.pipeline_id,
    name: 'pipe-private v2',
  });
  // A shared pipeline (namespace ""), uploaded here by the administrator.
  const shared = await uploadPipeline(admin, { file: file('pipe-shared'), name: 'pipe-shared' });
  const runs: Run[] = [];
  for (let index = 0; index < count; index += 1) {
    const experiment = experiments[index % experiments.length];
    if (experiment === undefined) throw new Error('seed');
    const reference =
      onePipeline || index % 2 === 0
        ? {
            pipeline_id: privatePipeline.pipeline_id,
            pipeline_version_id: version.pipeline_version_id,
          }
        : { pipeline_id: shared.pipeline_id };
    runs.push(
      await client.post('/apis/v2beta1/runs', parseRun, {
        body: {
          display_name: `run ${String(index).padStart(3, '0')}`,
          experiment_id: experiment.experiment_id,
          pipeline_version_reference: reference,
          runtime_config: { parameters: { a: index } },
        },
      }),
    );
  }
  // Finished runs (terminated → FAILED, as on KFP 2.17) keep the list from polling.
  if (finished)
    for (const run of runs)
      await client.post(`/apis/v2beta1/runs/${run.run_id}:terminate`, () => undefined);
  return runs;
}

/** The last path segment of each request: `runs`, `experiments`, `versions`, … */
export const endpoints = (requests: readonly string[]) =>
  requests.map((path) => path.replace(/^.*\//, ''));

export const table = (name: string | RegExp = 'Runs') => screen.findByRole('table', { name });

/** References shown by a short id instead of a name (`1ab34e62…`). */
export const shortIds = (list: HTMLElement) =>
  within(list)
    .queryAllByRole('link')
    .map((link) => link.textContent)
    .filter((label) => label.endsWith('…'));
