import { within } from '@testing-library/react';
import { createExperiment } from '@/lib/kfp/experiments.ts';
import { uploadPipeline } from '@/lib/kfp/pipelines.ts';
import { createRun, runAction } from '@/lib/kfp/runs.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { addPipelineYaml } from '../../../../emulator/testing/test-pipelines.ts';
import { Component } from '../compare.tsx';

/** The compare page's tests: three finished runs of one pipeline, the page rendered, a table's row. */

export const NS = 'kubeflow-alice';

export async function seed() {
  const emulator = await createTestEmulator();
  const client = emulator.client('alice');
  const experiment = await createExperiment(client, { display_name: 'Sweep', namespace: NS });
  const pipeline = await uploadPipeline(client, {
    file: new File([addPipelineYaml], 'adder.yaml'),
    name: 'adder',
    namespace: NS,
  });
  const runs = [];
  for (const [name, parameters] of [
    ['small', { a: 1, b: 2 }],
    ['large', { a: 7, b: 2 }],
    ['default b', { a: 1 }],
  ] as const) {
    const run = await createRun(client, {
      display_name: name,
      experiment_id: experiment.experiment_id,
      pipeline_version_reference: { pipeline_id: pipeline.pipeline_id },
      runtime_config: { parameters },
    });
    // Finished runs are not polled.
    await runAction(client, run.run_id, 'terminate');
    runs.push(run);
  }
  return { client, runs, experiment };
}

export type Client = Awaited<ReturnType<typeof seed>>['client'];

export function renderCompare(client: Client, url: string) {
  return renderWithApp(<Component />, {
    client,
    namespace: NS,
    path: '/compare',
    url,
    routes: [{ path: '/runs', element: <p>runs list</p> }],
  });
}

export const row = (table: HTMLElement, name: string) => {
  const header = within(table).getByRole('rowheader', {
    name: new RegExp(`^(\\(differs\\) )?${name}$`),
  });
  const tr = header.closest('tr');
  if (tr === null) throw new Error(`no row ${name}`);
  return tr;
};
