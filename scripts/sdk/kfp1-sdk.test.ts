import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningEmulator } from '../../emulator/main.ts';
import { sdkPython } from './python-env.ts';
import { recompiled, startFlowEmulator, uploadAndRun } from './tutorial-flow.ts';

/**
 * The tutorial's own SDK, kfp 1.8 (pinned in sdk/kfp1/requirements.txt, installed into .venv/kfp1
 * from PyPI on first use): it compiles the tutorial's four pipelines, and its kfp.Client runs the
 * tutorial's upload_and_run flow against the emulator over HTTP (v1beta1) with a token from the
 * identity provider's password grant, exactly as a user's script does against a cluster.
 */
let emulator: RunningEmulator;

beforeAll(async () => {
  sdkPython('kfp1');
  emulator = await startFlowEmulator();
}, 600_000);
afterAll(() => emulator.close());

describe('the kfp 1.8 SDK', () => {
  it('compiles exactly the committed tutorial pipelines', async () => {
    const files = await recompiled('kfp1');
    expect([...files.keys()].sort()).toEqual([
      'data-handling.yaml',
      'data-visualization.yaml',
      'recursion-conditions-and-exit-handlers.yaml',
      'yolo-object-detection.yaml',
    ]);
    for (const [name, [committed, fresh]] of files) expect(committed, name).toBe(fresh);
  }, 120_000);

  it("runs the tutorial's upload_and_run flow: upload, a new version by count, the same experiment, numeric parameters, the result", async () => {
    const first = await uploadAndRun('kfp1', emulator, {
      pipeline: 'data-handling',
      name: 'data-handling-sdk1',
      experiment: 'sdk tutorial (kfp 1.8)',
      params: { a: 6, b: 7 },
    });
    expect(first).toMatchObject({ status: 'Succeeded' });
    // multiply's product is an output parameter (write_result_to_text consumes it).
    expect(first.outputs).toMatchObject({ 'multiply-value': ['42.0'] });
    const second = await uploadAndRun('kfp1', emulator, {
      pipeline: 'recursion-conditions-and-exit-handlers',
      name: 'data-handling-sdk1',
      experiment: 'sdk tutorial (kfp 1.8)',
      params: { start: 28 },
    });
    expect(second).toMatchObject({
      version: 'data-handling-sdk1-1',
      status: 'Succeeded',
      pipeline_id: first.pipeline_id,
      experiment_id: first.experiment_id,
    });
    // 28, 27, 26, 25, 24 are not prime: five checks, four subtractions down to 24 - 1 = 23.
    expect(second.outputs).toMatchObject({
      'check-if-prime-Output': ['False', 'False', 'False', 'False', 'False', 'True'],
      'sub-one-Output': ['23', '24', '25', '26', '27'],
    });
    expect(second.runs_in_experiment).toEqual([first.run_id, second.run_id]);
  }, 480_000);
});
