import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type RunningEmulator } from '../../emulator/main.ts';
import { parseOptions } from '../../emulator/options.ts';
import { requireSharedDir } from '../shared-dir.ts';
import { runInVenv, sdkPython } from './python-env.ts';

/**
 * Property-based API tests: schemathesis (pinned in sdk/schemathesis/requirements.txt) generates
 * requests from the official KFP swagger and checks the emulator's answers: no 5xx, and every
 * answer conforms to the spec. Bounded (a few examples per operation, a fixed seed) to keep CI fast.
 * The two PATCH operations are left out: their paths name parameters with dots
 * (`{pipeline.pipeline_id}`), which schemathesis refuses as a schema error.
 */
let emulator: RunningEmulator;
let st: string;

beforeAll(async () => {
  st = join(dirname(sdkPython('schemathesis')), 'st');
  const options = parseOptions(['--port', '0', '--auth', 'none', '--speed', '50'], {});
  if (options === 'help') throw new Error('unexpected --help');
  emulator = await startEmulator(options);
}, 600_000);
afterAll(() => emulator.close());

async function schemathesis(spec: string, exclude: readonly string[] = []): Promise<string> {
  return runInVenv(
    st,
    [
      'run',
      join(requireSharedDir(), 'kfp-api', spec),
      '--url',
      emulator.url,
      '--checks',
      'not_a_server_error,response_schema_conformance',
      '--phases',
      'examples,fuzzing',
      '--max-examples',
      '5',
      '--seed',
      '1',
      '--exclude-method',
      'PATCH',
      ...exclude.flatMap((operationId) => ['--exclude-operation-id', operationId]),
    ],
    { cwd: tmpdir(), timeoutMs: 300_000, env: { NO_COLOR: '1' } },
  );
}

describe('schemathesis against the official swagger', () => {
  it('v2beta1: no server error, every answer conforms', async () => {
    const report = await schemathesis('v2beta1/kfp_api_single_file.swagger.json');
    expect(report).toMatch(/\d+ generated, \d+ passed/);
    expect(report).not.toMatch(/failed|errored/i);
  }, 360_000);

  it('v1beta1: no server error but the real ones, every answer conforms', async () => {
    // A v1 run or job without a name is a 500 on the real server too: toModelRun / toModelJob
    // wrap "Run name cannot be empty" in util.NewInternalServerError
    // (backend/src/apiserver/server/api_converter.go), so these two creates are left out.
    const report = await schemathesis('v1beta1/kfp_api_single_file.swagger.json', [
      'RunService_CreateRunV1',
      'JobService_CreateJob',
    ]);
    expect(report).toMatch(/\d+ generated, \d+ passed/);
    expect(report).not.toMatch(/failed|errored/i);
  }, 360_000);
});
