import { describe, expect, it } from 'vitest';
import { ApiError, describeError } from '../kfp/errors.ts';
import { createMlmdClient, mlmdBaseUrl } from './client.ts';
import { readRunMetadata } from './run-metadata.ts';
import { artifact, event, execution, Execution_State } from './testing/fixtures.ts';
import { fakeMlmd } from './testing/fake-mlmd.ts';

describe('mlmdBaseUrl', () => {
  it('puts ML Metadata at the gateway base beside /pipeline', () => {
    expect(mlmdBaseUrl('/pipeline')).toBe('');
    expect(mlmdBaseUrl('/kubeflow/pipeline/')).toBe('/kubeflow');
    expect(mlmdBaseUrl('')).toBe('');
  });
});

describe('readRunMetadata', () => {
  it('reads the run context, its executions, artifacts and events over gRPC-web with the token', async () => {
    const fake = fakeMlmd({
      getContextByTypeAndName: (req) => {
        expect(req.typeName).toBe('system.PipelineRun');
        expect(req.contextName).toBe('run-1');
        return { context: { id: 7n, name: 'run-1' } };
      },
      getExecutionsByContext: (req) => {
        expect(req.contextId).toBe(7n);
        return {
          executions: [
            execution({ id: 1, type: 'system.DAGExecution' }),
            execution({
              id: 2,
              taskName: 'train',
              parentDagId: 1,
              podName: 'p-train',
              state: Execution_State.CACHED,
              cachedExecutionId: 99,
              inputs: { epochs: 3 },
              outputs: { Output: 'ok' },
            }),
          ],
        };
      },
      getArtifactsByContext: () => ({
        artifacts: [
          artifact({
            id: 5,
            type: 'system.Metrics',
            uri: 'minio://b/k',
            displayName: 'metrics',
            metadata: { accuracy: 0.9 },
          }),
        ],
      }),
      getEventsByExecutionIDs: (req) => {
        expect(req.executionIds).toEqual([1n, 2n]);
        return { events: [event('OUTPUT', 2, 5, 'metrics')] };
      },
    });
    const data = await readRunMetadata(createMlmdClient(fake.client), 'run-1');
    expect(fake.tokens.every((t) => t === 'Bearer token-1')).toBe(true);
    expect(data?.contextId).toBe('7');
    const train = data?.executions[1];
    expect(train).toMatchObject({
      id: '2',
      taskName: 'train',
      parentDagId: '1',
      podName: 'p-train',
      state: 'CACHED',
      cachedExecutionId: '99',
      inputs: { epochs: 3 },
      outputs: { Output: 'ok' },
      createdAt: '2026-01-01T00:00:00.000Z',
    });
    expect(data?.artifacts[0]).toMatchObject({
      id: '5',
      type: 'system.Metrics',
      displayName: 'metrics',
      uri: 'minio://b/k',
      metadata: { accuracy: 0.9, display_name: 'metrics' },
    });
    expect(data?.events).toEqual([
      {
        executionId: '2',
        artifactId: '5',
        type: 'OUTPUT',
        name: 'metrics',
        time: '2026-01-01T00:00:00.000Z',
      },
    ]);
  });

  it('answers undefined when the run has no context yet', async () => {
    const fake = fakeMlmd({ getContextByTypeAndName: () => ({}) });
    expect(await readRunMetadata(createMlmdClient(fake.client), 'run-1')).toBeUndefined();
    expect(fake.calls).toEqual(['GetContextByTypeAndName']);
  });

  it('maps gRPC statuses to ApiError with the server message', async () => {
    const fake = fakeMlmd({
      getContextByTypeAndName: () => ({ grpcStatus: 5, message: 'context not found' }),
    });
    const error: unknown = await readRunMetadata(createMlmdClient(fake.client), 'r').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 404, code: 5, message: 'context not found' });
  });

  it('passes a gateway HTTP error through as the KFP client reports it', async () => {
    const fake = fakeMlmd({}, { httpStatus: 503 });
    const error: unknown = await readRunMetadata(createMlmdClient(fake.client), 'r').catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 503 });
    expect(describeError(error).retryable).toBe(true);
  });
});
