import { describe, expect, it } from 'vitest';
import { Execution_State } from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import { createEmulatorApp, createEmulatorCore } from '../emulator-app.ts';
import { stubAuthenticator } from '../testing/test-app.ts';
import { seedEmulator } from '../seed/index.ts';
import { asArray } from '../sim/json.ts';
import { isArgoWorkflow } from '../sim/sim-engine.ts';
import { inProcessClient, prop } from '../testing/mlmd-test-kit.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';

function lastErrorCode(task: JsonObject): unknown {
  const history = asArray(task.state_history) ?? [];
  const last = history[history.length - 1];
  return isJsonObject(last) && isJsonObject(last.error) ? last.error.code : undefined;
}

describe('ML Metadata of the seed', () => {
  it('has the records of every started seeded v2 run, and none of v1 runs', async () => {
    const core = await createEmulatorCore();
    await seedEmulator({
      store: core.store,
      engine: core.engine,
      multiUser: true,
      profile: 'default',
    });
    const app = createEmulatorApp(core, { authenticator: stubAuthenticator });
    const mlmd = inProcessClient({ app }, 'admin');
    let v2 = 0;
    for (const run of core.store.runs.values()) {
      const spec = core.store.getSpec(run.source.specHash);
      const tasks = core.engine.runtime(run.id)?.tasks ?? [];
      const { context } = await mlmd.getContextByTypeAndName({
        typeName: 'system.PipelineRun',
        contextName: run.id,
      });
      if (!spec || isArgoWorkflow(spec) || tasks.length === 0) {
        expect(context, run.displayName).toBeUndefined();
        continue;
      }
      v2++;
      expect(context?.name, run.displayName).toBe(run.id);
      const { executions } = await mlmd.getExecutionsByContext({ contextId: context?.id });
      expect(executions, run.displayName).toHaveLength(tasks.length);
      // A task the run's termination stopped (error code 1) was never published: still RUNNING.
      const failed = tasks.filter(
        (t) => t.type === 'RUNTIME' && t.state === 'FAILED' && lastErrorCode(t) !== 1,
      );
      const failedExecutions = executions.filter(
        (e) =>
          e.type === 'system.ContainerExecution' && e.lastKnownState === Execution_State.FAILED,
      );
      expect(failedExecutions.length, run.displayName).toBe(failed.length);
      for (const e of executions)
        expect(typeof prop(e.customProperties, 'task_name'), run.displayName).toBe('string');
    }
    expect(v2).toBeGreaterThan(0);
  });
});
