import { serve } from '@hono/node-server';
import { Code, ConnectError } from '@connectrpc/connect';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import {
  ListOperationOptions_OrderByField_Field as OrderField,
  type Execution,
} from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import { createEmulatorApp, createEmulatorCore } from '../emulator-app.ts';
import { createEmulatorHarness, type EmulatorHarness } from '../testing/emulator-test-kit.ts';
import { stubAuthenticator } from '../testing/test-app.ts';
import {
  httpClient,
  inProcessClient,
  prop,
  trainingPipelineYaml,
  type MlmdClient,
} from '../testing/mlmd-test-kit.ts';

async function codeOf(call: Promise<unknown>): Promise<Code | 'ok'> {
  try {
    await call;
    return 'ok';
  } catch (error) {
    return ConnectError.from(error).code;
  }
}

async function harnessWithRuns(count: number): Promise<{ h: EmulatorHarness; runIds: string[] }> {
  const h = await createEmulatorHarness();
  const runIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const created = await h.createRun('alice', trainingPipelineYaml);
    runIds.push(String(created.json.run_id));
  }
  for (const id of runIds) await h.finish('alice', id);
  return { h, runIds };
}

async function allPages(
  client: MlmdClient,
  options: { maxResultSize: number; filterQuery?: string; desc?: boolean },
): Promise<Execution[]> {
  const seen: Execution[] = [];
  let token = '';
  for (let page = 0; page < 100; page++) {
    const answer = await client.getExecutions({
      options: {
        maxResultSize: options.maxResultSize,
        nextPageToken: token,
        ...(options.filterQuery === undefined ? {} : { filterQuery: options.filterQuery }),
        ...(options.desc ? { orderByField: { field: OrderField.ID, isAsc: false } } : {}),
      },
    });
    expect(answer.executions.length).toBeLessThanOrEqual(options.maxResultSize);
    seen.push(...answer.executions);
    token = answer.nextPageToken;
    if (token === '') return seen;
  }
  throw new Error('paging did not end');
}

describe('MetadataStoreService over gRPC-web', () => {
  it('is behind the login in multi-user mode, with no per-namespace check (like MLMD)', async () => {
    const { h, runIds } = await harnessWithRuns(1);
    const [runId = ''] = runIds;
    const request = { typeName: 'system.PipelineRun', contextName: runId };
    expect(await codeOf(inProcessClient(h).getContextByTypeAndName(request))).toBe(
      Code.Unauthenticated,
    );
    expect(await codeOf(inProcessClient(h, 'nobody').getArtifactTypes({}))).toBe(
      Code.Unauthenticated,
    );
    // bob has no role in kubeflow-alice, and MLMD does not know namespaces.
    const { context } = await inProcessClient(h, 'bob').getContextByTypeAndName(request);
    expect(context?.name).toBe(runId);
  });

  it('answers unknown ids and names as MLMD does', async () => {
    const { h } = await harnessWithRuns(1);
    const client = inProcessClient(h, 'alice');
    const missing = await client.getContextByTypeAndName({
      typeName: 'system.PipelineRun',
      contextName: 'no-such-run',
    });
    expect(missing.context).toBeUndefined();
    expect(await codeOf(client.getContextsByExecution({ executionId: 999_999n }))).toBe(
      Code.NotFound,
    );
    expect(await codeOf(client.getContextsByArtifact({ artifactId: 999_999n }))).toBe(
      Code.NotFound,
    );
    expect(await codeOf(client.getContextType({ typeName: 'system.NoSuchType' }))).toBe(
      Code.NotFound,
    );
    expect((await client.getExecutionsByID({ executionIds: [999_999n] })).executions).toEqual([]);
    expect((await client.getArtifactsByID({ artifactIds: [] })).artifacts).toEqual([]);
    expect((await client.getEventsByExecutionIDs({ executionIds: [999_999n] })).events).toEqual([]);
    expect(await codeOf(client.putArtifacts({}))).toBe(Code.Unimplemented);
    const { contextType } = await client.getContextType({ typeName: 'system.PipelineRun' });
    expect(contextType?.name).toBe('system.PipelineRun');
    const { executionTypes } = await client.getExecutionTypes({});
    expect(executionTypes.map((t) => t.name)).toEqual([
      'system.DAGExecution',
      'system.ContainerExecution',
      'system.ImporterExecution',
    ]);
  });

  it('pages GetExecutions with next_page_token, ordering and filter_query', async () => {
    const { h } = await harnessWithRuns(2);
    const client = inProcessClient(h, 'alice');
    const { executions: all } = await client.getExecutions({});
    expect(all.length).toBeGreaterThan(20);
    const ids = all.map((e) => e.id);
    expect(ids).toEqual([...ids].sort((a, b) => Number(a - b)));

    const paged = await allPages(client, { maxResultSize: 7 });
    expect(paged.map((e) => e.id)).toEqual(ids);
    const descending = await allPages(client, { maxResultSize: 9, desc: true });
    expect(descending.map((e) => e.id)).toEqual([...ids].reverse());
    // Default page size 20 when options come without one.
    const first = await client.getExecutions({ options: {} });
    expect(first.executions).toHaveLength(20);

    const root = all[0];
    const children = await allPages(client, {
      maxResultSize: 2,
      filterQuery: `custom_properties.parent_dag_id.int_value = ${String(root?.id)}`,
    });
    expect(children.length).toBeGreaterThan(0);
    expect(children.map((e) => prop(e.customProperties, 'parent_dag_id'))).toEqual(
      children.map(() => Number(root?.id)),
    );

    expect(await codeOf(client.getExecutions({ options: { maxResultSize: 0 } }))).toBe(
      Code.InvalidArgument,
    );
    expect(await codeOf(client.getExecutions({ options: { nextPageToken: 'not a token' } }))).toBe(
      Code.InvalidArgument,
    );
    const next = first.nextPageToken;
    expect(
      await codeOf(
        client.getExecutions({
          options: { nextPageToken: next, orderByField: { field: OrderField.CREATE_TIME } },
        }),
      ),
    ).toBe(Code.InvalidArgument);
    expect(await codeOf(client.getExecutions({ options: { filterQuery: 'id > 3 OR x' } }))).toBe(
      Code.InvalidArgument,
    );
  });

  it('answers the batch lookups of a page like the per-record calls (contexts by artifacts / executions)', async () => {
    const { h } = await harnessWithRuns(2);
    const client = inProcessClient(h, 'alice');
    const { artifacts } = await client.getArtifacts({ options: { maxResultSize: 30 } });
    const { executions } = await client.getExecutions({ options: { maxResultSize: 30 } });
    const check = async (kind: 'artifact' | 'execution', ids: bigint[]) => {
      const { contexts } = await client.getContexts({
        options: { maxResultSize: 100, filterQuery: `${kind}s_r.id IN (${ids.join(', ')})` },
      });
      const perRecord = new Map<bigint, string[]>();
      for (const id of ids) {
        const answer =
          kind === 'artifact'
            ? await client.getContextsByArtifact({ artifactId: id })
            : await client.getContextsByExecution({ executionId: id });
        perRecord.set(
          id,
          answer.contexts.map((c) => c.name),
        );
      }
      const union = [...new Set([...perRecord.values()].flat())].sort();
      expect(contexts.map((c) => c.name).sort()).toEqual(union);
      // Each context lists exactly the page's records it holds.
      for (const context of contexts) {
        const options = { maxResultSize: 100, filterQuery: `id IN (${ids.join(', ')})` };
        const held =
          kind === 'artifact'
            ? (await client.getArtifactsByContext({ contextId: context.id, options })).artifacts
            : (await client.getExecutionsByContext({ contextId: context.id, options })).executions;
        expect(held.map((n) => n.id).sort()).toEqual(
          ids.filter((id) => perRecord.get(id)?.includes(context.name)).sort(),
        );
      }
    };
    await check(
      'artifact',
      artifacts.map((a) => a.id),
    );
    await check(
      'execution',
      executions.map((e) => e.id),
    );
    // MLMD joins a context's artifacts and executions only, never an artifact's artifacts.
    expect(
      await codeOf(client.getArtifacts({ options: { filterQuery: 'artifacts_r.id = 1' } })),
    ).toBe(Code.InvalidArgument);
  });

  it('serves a real gRPC-web client over HTTP', async () => {
    const { h, runIds } = await harnessWithRuns(1);
    const server = serve({ fetch: h.app.fetch, port: 0, hostname: '127.0.0.1' });
    try {
      await new Promise<void>((resolve) => {
        if (server.listening) resolve();
        else server.once('listening', () => resolve());
      });
      const address = server.address();
      const port =
        typeof address === 'object' && address ? (address satisfies AddressInfo).port : 0;
      const client = httpClient(`http://127.0.0.1:${port}`, 'alice');
      const { context } = await client.getContextByTypeAndName({
        typeName: 'system.PipelineRun',
        contextName: runIds[0] ?? '',
      });
      expect(context?.name).toBe(runIds[0]);
      const { executions } = await client.getExecutionsByContext({ contextId: context?.id });
      expect(executions.length).toBeGreaterThan(10);
      const raw = await fetch(`http://127.0.0.1:${port}/ml_metadata.MetadataStoreService/NoSuch`, {
        method: 'POST',
        headers: { 'content-type': 'application/grpc-web+proto', authorization: 'Bearer alice' },
      });
      expect(raw.headers.get('grpc-status')).toBe(String(Code.Unimplemented));
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });
});

describe('the next KFP (--run-api next)', () => {
  it('has no ML Metadata', async () => {
    const core = await createEmulatorCore();
    const app = createEmulatorApp(core, { authenticator: stubAuthenticator, runApi: 'next' });
    const res = await app.request('/ml_metadata.MetadataStoreService/GetArtifactTypes', {
      method: 'POST',
      headers: { 'content-type': 'application/grpc-web+proto', authorization: 'Bearer alice' },
    });
    expect(res.status).toBe(404);
  });
});
