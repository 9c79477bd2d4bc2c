import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/main.ts';
import { sdkPython } from './python-env.ts';
import { recompiled, startFlowEmulator, uploadAndRun } from './tutorial-flow.ts';

/**
 * The real kfp 2 SDK (pinned in sdk/kfp2/requirements.txt, installed into .venv/kfp2 from PyPI on
 * first use) compiles the tutorial's pipelines rewritten for kfp 2, and its kfp.Client drives the
 * emulator over HTTP (v2beta1) with a token from the identity provider's password grant.
 */
let emulator: RunningEmulator;

beforeAll(async () => {
  sdkPython('kfp2');
  emulator = await startFlowEmulator();
}, 600_000);
afterAll(() => emulator.close());

describe('the kfp 2 SDK', () => {
  it('compiles exactly the committed tutorial pipelines', async () => {
    const files = await recompiled('kfp2');
    expect([...files.keys()].sort()).toEqual([
      'data-handling-v2.yaml',
      'data-visualization-v2.yaml',
      'next-prime-v2.yaml',
      'yolo-object-detection-v2.yaml',
    ]);
    for (const [name, [committed, fresh]] of files) expect(committed, name).toBe(fresh);
  }, 120_000);

  it("runs the tutorial's upload_and_run flow: upload, a new version by count, the same experiment, numeric parameters", async () => {
    const first = await uploadAndRun('kfp2', emulator, {
      pipeline: 'data-handling-v2',
      name: 'data-handling-sdk2',
      experiment: 'sdk tutorial (kfp 2)',
      params: { a: 6, b: 7 },
    });
    expect(first).toMatchObject({ version: null, state: 'SUCCEEDED' });
    const second = await uploadAndRun('kfp2', emulator, {
      pipeline: 'next-prime-v2',
      name: 'data-handling-sdk2',
      experiment: 'sdk tutorial (kfp 2)',
      params: { start: 28, window: 10 },
    });
    expect(second).toMatchObject({
      version: 'data-handling-sdk2-1',
      state: 'SUCCEEDED',
      pipeline_id: first.pipeline_id,
      experiment_id: first.experiment_id,
    });
    expect(second.runs_in_experiment).toEqual([first.run_id, second.run_id]);
  }, 480_000);
});
