import { act, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ACTIVE_REFRESH_MS } from '@/features/runs';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { createExperiment } from '@/lib/kfp/experiments.ts';
import { uploadPipeline } from '@/lib/kfp/pipelines.ts';
import { createRun, runAction } from '@/lib/kfp/runs.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { addPipelineYaml, argoPipelineYaml } from '../../../../emulator/testing/test-pipelines.ts';
import { Component as RunDetails } from '../run-details.tsx';

const NS = 'kubeflow-alice';

/** The state badge in the page header (the details tab repeats the state further down). */
function headerState(): string {
  const header = screen.getByRole('heading', { level: 1 }).closest('header');
  const badge = header?.querySelector('[data-state]');
  return badge?.textContent ?? '(no badge)';
}

/** alice's client that writes down the path of every GET the page makes. */
function countingClient(client: KfpClient) {
  const gets: string[] = [];
  const counted: KfpClient = {
    ...client,
    get: (path, parse, options) => {
      gets.push(path);
      return client.get(path, parse, options);
    },
  };
  return { counted, gets };
}

/** A fresh (PENDING, so active) run of a pipeline uploaded from `yaml`; the static engine keeps it pending until terminated. */
async function seedActiveRun(yaml: string, parameters: Readonly<Record<string, number>> = {}) {
  const emulator = await createTestEmulator();
  const client = emulator.client('alice');
  const experiment = await createExperiment(client, { display_name: 'Live', namespace: NS });
  const pipeline = await uploadPipeline(client, {
    file: new File([yaml], 'p.yaml'),
    name: 'p',
    namespace: NS,
  });
  const run = await createRun(client, {
    display_name: 'live run',
    experiment_id: experiment.experiment_id,
    pipeline_version_reference: { pipeline_id: pipeline.pipeline_id },
    runtime_config: { parameters },
  });
  return { client, runId: run.run_id };
}

/** Lets the page's requests, renders and react-query's timers run for `ms` of fake time. */
async function pass(ms: number) {
  await act(() => vi.advanceTimersByTimeAsync(ms));
}

const reads = (gets: readonly string[], runId: string) => ({
  v2: gets.filter((p) => p === `/apis/v2beta1/runs/${runId}`).length,
  v1: gets.filter((p) => p === `/apis/v1beta1/runs/${runId}`).length,
  all: gets.length,
});

function renderRunPage(client: KfpClient, runId: string) {
  // The details tab: the header and the run's fields, no graph drawing (not what this test is about).
  return renderWithApp(<RunDetails />, {
    client,
    namespace: NS,
    path: '/runs/:runId',
    url: `/runs/${runId}?tab=details&ns=${NS}`,
  });
}

describe('run page polling', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it(
    'polls only the v1beta1 read of an active v1 run, and still shows its state change within one interval',
    { timeout: 30_000 },
    async () => {
      const { client, runId } = await seedActiveRun(argoPipelineYaml);
      const { counted, gets } = countingClient(client);
      renderRunPage(counted, runId);
      await pass(500);
      expect(screen.getByRole('heading', { level: 1, name: 'live run' })).toBeInTheDocument();
      expect(headerState()).toBe('Pending');
      expect(reads(gets, runId)).toMatchObject({ v2: 1, v1: 1 });

      // Four poll intervals (10 s) of an active v1 run: one read each, the v1beta1 one (it was 4 + 4).
      gets.length = 0;
      await pass(4 * ACTIVE_REFRESH_MS);
      expect(reads(gets, runId)).toEqual({ v2: 0, v1: 4, all: 4 });

      // The run is terminated elsewhere: the next v1 poll sees the new status, and the v2 run is read once for the header.
      await runAction(client, runId, 'terminate');
      gets.length = 0;
      await pass(ACTIVE_REFRESH_MS + 100);
      // A terminated workflow ends Failed, and so does the run (the emulator follows KFP 2.17).
      expect(headerState()).toBe('Failed');
      expect(reads(gets, runId)).toEqual({ v2: 1, v1: 1, all: 2 });

      // Finished: nothing is polled any more.
      gets.length = 0;
      await pass(4 * ACTIVE_REFRESH_MS);
      expect(gets).toEqual([]);
    },
  );

  it(
    'polls the v2 run of an active v2 run (and never asks the v1beta1 API)',
    { timeout: 30_000 },
    async () => {
      const { client, runId } = await seedActiveRun(addPipelineYaml, { a: 1, b: 2 });
      const { counted, gets } = countingClient(client);
      renderRunPage(counted, runId);
      await pass(500);
      expect(headerState()).toBe('Pending');
      gets.length = 0;
      await pass(4 * ACTIVE_REFRESH_MS);
      expect(reads(gets, runId)).toEqual({ v2: 4, v1: 0, all: 4 });

      await runAction(client, runId, 'terminate');
      await pass(ACTIVE_REFRESH_MS + 100);
      expect(headerState()).toBe('Failed');
      gets.length = 0;
      await pass(4 * ACTIVE_REFRESH_MS);
      expect(gets).toEqual([]);
    },
  );

  it(
    "reads the pipeline version once for both the spec and the header's version link",
    { timeout: 30_000 },
    async () => {
      const { client, runId } = await seedActiveRun(addPipelineYaml, { a: 1, b: 2 });
      const { counted, gets } = countingClient(client);
      renderRunPage(counted, runId);
      await pass(500);
      expect(headerState()).toBe('Pending');
      const versionReads = gets.filter((path) => /\/pipelines\/[^/]+\/versions\/[^/]+$/.test(path));
      expect(versionReads).toHaveLength(1);
    },
  );
});
