import { create } from '@bufbuild/protobuf';
import { Code, ConnectError } from '@connectrpc/connect';
import { describe, expect, it } from 'vitest';
import { ValueSchema } from '../../src/lib/mlmd/gen/ml_metadata/proto/metadata_store_pb.ts';
import { parseFilter, type NodeView } from './filter.ts';

const str = (value: string) => create(ValueSchema, { value: { case: 'stringValue', value } });
const int = (value: bigint) => create(ValueSchema, { value: { case: 'intValue', value } });

function node(over: Partial<NodeView> = {}): NodeView {
  return {
    id: 7n,
    typeId: 3n,
    type: 'system.Metrics',
    name: '',
    externalId: '',
    createTimeSinceEpoch: 1000n,
    lastUpdateTimeSinceEpoch: 2000n,
    customProperties: { display_name: str('train_metrics'), parent_dag_id: int(4n) },
    uri: 'minio://mlpipeline/v2/artifacts/p/run-1/train/metrics',
    state: 'LIVE',
    ...over,
  };
}

const context = (id: bigint, type: string, name: string): NodeView => ({
  id,
  typeId: 1n,
  type,
  name,
  externalId: '',
  createTimeSinceEpoch: 0n,
  lastUpdateTimeSinceEpoch: 0n,
  customProperties: { namespace: str('kubeflow-alice') },
});

const matches = (query: string, n: NodeView = node()) => parseFilter(query)(n);

function refused(query: string): Code | undefined {
  try {
    parseFilter(query);
    return undefined;
  } catch (error) {
    return error instanceof ConnectError ? error.code : undefined;
  }
}

describe('parseFilter (MLMD filter_query)', () => {
  it('compares attributes and custom properties', () => {
    expect(matches("type = 'system.Metrics'")).toBe(true);
    expect(matches('custom_properties.parent_dag_id.int_value = 4')).toBe(true);
    expect(matches('custom_properties.parent_dag_id.int_value != 4')).toBe(false);
    expect(matches('id > 3 AND id <= 7')).toBe(true);
    expect(matches('id IN (1, 3)')).toBe(false);
    expect(matches('state = LIVE')).toBe(true);
    // SQL semantics: a missing property matches no comparison.
    expect(matches("custom_properties.missing.string_value != 'x'")).toBe(false);
    expect(matches('custom_properties.missing.string_value IS NULL')).toBe(true);
  });

  it('reads LIKE case-insensitively with % and _ wildcards and \\ escapes', () => {
    expect(matches("custom_properties.display_name.string_value LIKE '%METRICS%'")).toBe(true);
    expect(matches("type LIKE 'system._etrics'")).toBe(true);
    expect(matches("custom_properties.display_name.string_value LIKE 'train\\_%'")).toBe(true);
    expect(matches("custom_properties.display_name.string_value LIKE 'trainX%'")).toBe(false);
    expect(matches("uri NOT LIKE 'gs://%'")).toBe(true);
  });

  it('joins OR, AND, NOT and parentheses with SQL precedence', () => {
    expect(
      matches("(name LIKE '%x%' OR custom_properties.display_name.string_value LIKE '%train%')"),
    ).toBe(true);
    expect(matches("name = 'x' OR type = 'system.Metrics' AND id = 8")).toBe(false);
    expect(matches("NOT (type = 'system.HTML')")).toBe(true);
    expect(matches("name = \"it's\" OR name = 'it\\'s'")).toBe(false);
  });

  it('matches contexts_<alias> against one context per alias, as MLMD joins them', () => {
    const withContexts = node({
      contexts: () => [
        context(1n, 'system.Pipeline', 'my-pipeline'),
        context(2n, 'system.PipelineRun', 'run-1'),
      ],
    });
    expect(
      matches(
        "contexts_p.type = 'system.Pipeline' AND contexts_p.name LIKE '%pipe%'",
        withContexts,
      ),
    ).toBe(true);
    // The same alias must be one context: no context is both a pipeline and named run-1.
    expect(
      matches("contexts_p.type = 'system.Pipeline' AND contexts_p.name = 'run-1'", withContexts),
    ).toBe(false);
    expect(
      matches("contexts_a.type = 'system.Pipeline' AND contexts_b.name = 'run-1'", withContexts),
    ).toBe(true);
    expect(matches("contexts_p.name = 'my-pipeline'", node())).toBe(false);
  });

  it('refuses what MLMD refuses or the emulator does not read', () => {
    expect(refused('id > 3 OR x')).toBe(Code.InvalidArgument);
    expect(refused("contexts_r.custom_properties.namespace.string_value = 'a'")).toBe(
      Code.InvalidArgument,
    );
    expect(refused('events_0.type = INPUT')).toBe(Code.InvalidArgument);
    expect(refused("name = 'unterminated")).toBe(Code.InvalidArgument);
    expect(refused('(id = 1')).toBe(Code.InvalidArgument);
  });

  it("filters contexts by their artifacts and executions (MLMD 1.14), and refuses what MLMD's analyzer does not know", () => {
    const artifact = (id: bigint) => node({ id });
    const run = {
      ...context(9n, 'system.PipelineRun', 'run-1'),
      artifacts: () => [artifact(3n), artifact(5n)],
      executions: () => [node({ id: 11n, state: 'COMPLETE' })],
    };
    const of = (query: string) => parseFilter(query, 'context')(run);
    expect(of('artifacts_0.id IN (1, 5)')).toBe(true);
    expect(of('artifacts_0.id IN (1, 2)')).toBe(false);
    expect(of("artifacts_a.id = 3 AND artifacts_b.id = 5 AND type = 'system.PipelineRun'")).toBe(
      true,
    );
    expect(of('executions_e.id = 11 AND executions_e.last_known_state = COMPLETE')).toBe(true);
    expect(of('executions_e.id = 12')).toBe(false);
    // A context without neighbours matches no join.
    expect(parseFilter('artifacts_0.id > 0', 'context')(context(1n, 'system.Pipeline', 'p'))).toBe(
      false,
    );
    const refusedAs = (query: string, kind: 'artifact' | 'context') => {
      try {
        parseFilter(query, kind);
        return undefined;
      } catch (error) {
        return error instanceof ConnectError ? error.code : undefined;
      }
    };
    expect(refusedAs('artifacts_0.id = 1', 'artifact')).toBe(Code.InvalidArgument);
    expect(refusedAs("contexts_0.name = 'x'", 'context')).toBe(Code.InvalidArgument);
    expect(refusedAs('artifacts_0.last_known_state = COMPLETE', 'context')).toBe(
      Code.InvalidArgument,
    );
  });
});
