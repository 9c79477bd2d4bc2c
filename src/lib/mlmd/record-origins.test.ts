import { describe, expect, it } from 'vitest';
import { createMlmdClient } from './client.ts';
import { contextsOfRecords, originsOf } from './record-origins.ts';
import { fakeMlmd } from './testing/fake-mlmd.ts';

const runContext = (id: bigint, name: string, namespace: string) => ({
  id,
  name,
  type: 'system.PipelineRun',
  customProperties: { namespace: { value: { case: 'stringValue' as const, value: namespace } } },
});

describe('page origins', () => {
  it('finds the contexts of a page in one call and maps them with one call per context', async () => {
    const fake = fakeMlmd({
      getContexts: (req) => {
        expect(req.options?.filterQuery).toBe('artifacts_r.id IN (1, 2, 3, 4)');
        return {
          contexts: [
            runContext(12n, 'run-b', 'kubeflow-alice'),
            { id: 10n, name: 'pipe', type: 'system.Pipeline' },
            runContext(11n, 'run-a', 'kubeflow-alice'),
          ],
        };
      },
      getArtifactsByContext: (req) => {
        expect(req.options?.filterQuery).toBe('id IN (1, 2, 3, 4)');
        const held: Record<string, bigint[]> = { '10': [1n, 2n, 3n], '11': [1n, 2n], '12': [3n] };
        return { artifacts: (held[String(req.contextId)] ?? []).map((id) => ({ id })) };
      },
    });
    const client = createMlmdClient(fake.client);
    const ids = ['1', '2', '3', '4'];
    const contexts = await contextsOfRecords(client, 'artifact', ids);
    expect(contexts?.map((c) => c.name)).toEqual(['pipe', 'run-a', 'run-b']);
    const origins = await originsOf(client, 'artifact', ids, contexts);
    expect(origins).toEqual({
      '1': { pipelines: ['pipe'], runIds: ['run-a'], namespaces: ['kubeflow-alice'] },
      '2': { pipelines: ['pipe'], runIds: ['run-a'], namespaces: ['kubeflow-alice'] },
      '3': { pipelines: ['pipe'], runIds: ['run-b'], namespaces: ['kubeflow-alice'] },
      '4': { pipelines: [], runIds: [], namespaces: [] },
    });
    expect(fake.calls).toEqual([
      'GetContexts',
      'GetArtifactsByContext',
      'GetArtifactsByContext',
      'GetArtifactsByContext',
    ]);
  });

  it('asks per record where the server cannot filter contexts by their executions (MLMD 1.5)', async () => {
    const fake = fakeMlmd({
      getContexts: () => ({ grpcStatus: 3, message: 'Invalid `filter_query`' }),
      getContextsByExecution: (req) =>
        req.executionId === 8n
          ? { contexts: [runContext(11n, 'run-a', '')] }
          : { grpcStatus: 5, message: 'No contexts found for execution_id: 9' },
    });
    const client = createMlmdClient(fake.client);
    const contexts = await contextsOfRecords(client, 'execution', ['8', '9']);
    expect(contexts).toBeUndefined();
    expect(await originsOf(client, 'execution', ['8', '9'], contexts)).toEqual({
      '8': { pipelines: [], runIds: ['run-a'], namespaces: [] },
      '9': { pipelines: [], runIds: [], namespaces: [] },
    });
    expect(fake.calls.filter((c) => c === 'GetContextsByExecution')).toHaveLength(2);
  });
});
