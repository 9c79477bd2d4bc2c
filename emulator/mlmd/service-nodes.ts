import type { ServiceImpl } from '@connectrpc/connect';
import { Code, ConnectError } from '@connectrpc/connect';
import {
  Artifact_State,
  Execution_State,
  type Artifact,
  type Context,
  type Execution,
} from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import type { MetadataStoreService } from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_service_pb.ts';
import type { NodeView } from './filter.ts';
import { listPage } from './paging.ts';
import type { MlmdIndex } from './store-index.ts';
import type { MlmdStore, ResolvedRun } from './store.ts';

type Impl = Partial<ServiceImpl<typeof MetadataStoreService>>;

/** The contexts of runs: their pipelines' (once each) and their own, by id. */
function contextsOfRuns(index: MlmdIndex, runs: readonly ResolvedRun[]): Context[] {
  const pipelines = [...new Set(runs.map((run) => run.pipelineName))].flatMap(
    (name) => index.pipelineContext(name) ?? [],
  );
  return [...pipelines, ...runs.map((run) => run.runContext)].sort((a, b) => Number(a.id - b.id));
}

interface Views {
  readonly artifact: (a: Artifact) => NodeView;
  readonly execution: (e: Execution) => NodeView;
  readonly context: (c: Context) => NodeView;
}

/**
 * What filters read of nodes during one call: each node with its neighbours (an artifact's or
 * execution's contexts, a context's artifacts and executions), read from the store's index (brought
 * up to date once per call, and only if a filter names a neighbour), memoised per node.
 */
function viewsFor(store: MlmdStore): Views {
  let current: MlmdIndex | undefined;
  const index = () => (current ??= store.index());
  const cache = new Map<object, NodeView>();
  const memo = <T extends object>(node: T, make: (node: T) => NodeView): NodeView => {
    let view = cache.get(node);
    if (!view) {
      view = make(node);
      cache.set(node, view);
    }
    return view;
  };
  const runsOf = (c: Context): readonly ResolvedRun[] => {
    if (c.type !== 'system.PipelineRun') return index().runsOfPipeline(c.name);
    const run = index().run(c.name);
    return run ? [run] : [];
  };
  const views: Views = {
    artifact: (a) =>
      memo(a, () => ({
        ...a,
        state: Artifact_State[a.state],
        contexts: () => contextsOfRuns(index(), index().runsOfArtifact(a.id)).map(views.context),
      })),
    execution: (e) =>
      memo(e, () => ({
        ...e,
        state: Execution_State[e.lastKnownState],
        contexts: () => {
          const run = index().runOfExecution(e.id);
          return run ? contextsOfRuns(index(), [run]).map(views.context) : [];
        },
      })),
    context: (c) =>
      memo(c, () => ({
        ...c,
        artifacts: () => unique(runsOf(c).flatMap((r) => r.artifacts)).map(views.artifact),
        executions: () =>
          runsOf(c)
            .flatMap((r) => r.executions)
            .map(views.execution),
      })),
  };
  return views;
}

const unique = <T extends { readonly id: bigint }>(nodes: readonly T[]): T[] => [
  ...new Map(nodes.map((n) => [n.id, n])).values(),
];

/** The runs behind a context id: one for a run context, all of its pipeline's for a pipeline one. */
function runsOfContext(store: MlmdStore, id: bigint): readonly ResolvedRun[] {
  const context = store.context(Number(id));
  if (!context) return [];
  if (context.type === 'system.PipelineRun') {
    const run = store.run(context.name);
    return run ? [run] : [];
  }
  return store.runsOfPipeline(context.name);
}

/**
 * Contexts, executions, artifacts and events, answered as MLMD does (metadata_store.cc): lookups
 * by id skip unknown ids, an unknown context lists nothing, GetContextByTypeAndName answers an
 * empty response when nothing matches, and the contexts of an unknown execution or artifact are
 * NOT_FOUND.
 */
export function nodeHandlers(store: MlmdStore): Impl {
  return {
    getContextByTypeAndName(req) {
      if (req.typeName === 'system.PipelineRun') {
        const context = store.run(req.contextName)?.runContext;
        return context ? { context } : {};
      }
      if (req.typeName === 'system.Pipeline') {
        const context = store.pipelineContext(req.contextName);
        return context ? { context } : {};
      }
      return {};
    },
    getContextsByID: (req) => ({
      contexts: unique(req.contextIds.flatMap((id) => store.context(Number(id)) ?? [])),
    }),
    getContexts(req) {
      const page = listPage(
        store.index().contexts,
        viewsFor(store).context,
        req.options,
        'context',
      );
      return { contexts: page.items, nextPageToken: page.nextPageToken };
    },
    getContextsByType(req) {
      const all = store.index().contextList.filter((c) => c.type === req.typeName);
      const page = listPage(all, viewsFor(store).context, req.options, 'context');
      return { contexts: page.items, nextPageToken: page.nextPageToken };
    },
    getContextsByExecution(req) {
      const run = store.runOfExecution(Number(req.executionId));
      if (!run)
        throw new ConnectError(
          `No contexts found for execution_id: ${req.executionId}`,
          Code.NotFound,
        );
      return { contexts: contextsOfRuns(store.index(), [run]) };
    },
    getContextsByArtifact(req) {
      const runs = store.runsOfArtifact(Number(req.artifactId));
      if (runs.length === 0)
        throw new ConnectError(
          `No contexts found for artifact_id: ${req.artifactId}`,
          Code.NotFound,
        );
      return { contexts: contextsOfRuns(store.index(), runs) };
    },
    getExecutionsByContext(req) {
      const executions = runsOfContext(store, req.contextId).flatMap((r) => r.executions);
      const page = listPage(executions, viewsFor(store).execution, req.options, 'execution');
      return { executions: page.items, nextPageToken: page.nextPageToken };
    },
    getArtifactsByContext(req) {
      const artifacts = unique(runsOfContext(store, req.contextId).flatMap((r) => r.artifacts));
      const page = listPage(artifacts, viewsFor(store).artifact, req.options, 'artifact');
      return { artifacts: page.items, nextPageToken: page.nextPageToken };
    },
    getExecutionsByID: (req) => ({
      executions: unique(
        req.executionIds.flatMap(
          (id) => store.runOfExecution(Number(id))?.executions.filter((e) => e.id === id) ?? [],
        ),
      ),
    }),
    getArtifactsByID(req) {
      const artifacts = unique(
        req.artifactIds.flatMap((id) =>
          store
            .runsOfArtifact(Number(id))
            .flatMap((run) => run.artifacts.filter((a) => a.id === id)),
        ),
      );
      return {
        artifacts,
        ...(req.populateArtifactTypes
          ? {
              artifactTypes: unique(
                artifacts.flatMap((a) => {
                  const type = store.types.byId(Number(a.typeId));
                  return type ? [{ id: BigInt(type.id), name: type.name }] : [];
                }),
              ),
            }
          : {}),
      };
    },
    getArtifactsByURI(req) {
      const wanted = new Set(req.uris);
      // A v2 output URI holds its run id as a path segment (`<root>/<pipeline>/<run id>/…`).
      const segments = new Set(req.uris.flatMap((uri) => uri.split('/')));
      const runs = [...segments].flatMap((segment) => store.run(segment) ?? []);
      return {
        artifacts: unique(runs.flatMap((r) => r.artifacts).filter((a) => wanted.has(a.uri))),
      };
    },
    getExecutions(req) {
      const page = listPage(
        store.index().executions,
        viewsFor(store).execution,
        req.options,
        'execution',
      );
      return { executions: page.items, nextPageToken: page.nextPageToken };
    },
    getArtifacts(req) {
      const page = listPage(
        store.index().artifacts,
        viewsFor(store).artifact,
        req.options,
        'artifact',
      );
      return { artifacts: page.items, nextPageToken: page.nextPageToken };
    },
    getEventsByExecutionIDs: (req) => ({
      events: req.executionIds.flatMap(
        (id) => store.runOfExecution(Number(id))?.events.filter((e) => e.executionId === id) ?? [],
      ),
    }),
    getEventsByArtifactIDs: (req) => ({
      events: req.artifactIds.flatMap((id) =>
        store
          .runsOfArtifact(Number(id))
          .flatMap((run) => run.events.filter((e) => e.artifactId === id)),
      ),
    }),
  };
}
