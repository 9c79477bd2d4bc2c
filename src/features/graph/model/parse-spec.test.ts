import { describe, expect, it } from 'vitest';
import { detectPipelineSpec } from './parse-spec.ts';

const v2 = {
  pipelineInfo: { name: 'p' },
  root: { dag: { tasks: {} } },
  components: {},
  schemaVersion: '2.1.0',
};
const argo = {
  apiVersion: 'argoproj.io/v1alpha1',
  kind: 'Workflow',
  spec: { entrypoint: 'main', templates: [] },
};
const platform = { platforms: { kubernetes: { deploymentSpec: { executors: {} } } } };

function errorOf(document: unknown): string {
  const result = detectPipelineSpec(document);
  return result.ok ? `detected ${result.spec.kind}` : result.error;
}

describe('detectPipelineSpec', () => {
  it('tells KFP v2 IR from an Argo Workflow', () => {
    expect(detectPipelineSpec(v2)).toEqual({
      ok: true,
      spec: { kind: 'v2', pipelineSpec: v2, platformSpec: undefined },
    });
    expect(detectPipelineSpec(argo)).toEqual({ ok: true, spec: { kind: 'argo', workflow: argo } });
  });

  it('unwraps the API wrapper {pipeline_spec, platform_spec}, snake or camel case', () => {
    expect(detectPipelineSpec({ pipeline_spec: v2, platform_spec: platform })).toEqual({
      ok: true,
      spec: { kind: 'v2', pipelineSpec: v2, platformSpec: platform },
    });
    expect(detectPipelineSpec({ pipelineSpec: v2, platformSpec: platform })).toEqual({
      ok: true,
      spec: { kind: 'v2', pipelineSpec: v2, platformSpec: platform },
    });
    expect(detectPipelineSpec({ pipeline_spec: argo })).toEqual({
      ok: true,
      spec: { kind: 'argo', workflow: argo },
    });
    expect(errorOf({ pipeline_spec: 'text' })).toBe(
      'Not a pipeline: the document is a string, not an object.',
    );
  });

  it('names what is missing', () => {
    expect(errorOf({ pipelineInfo: { name: 'p' }, components: {} })).toBe(
      'Not a pipeline: a KFP v2 pipeline spec needs pipelineInfo and root, and root is missing.',
    );
    expect(errorOf({ schemaVersion: '2.1.0' })).toBe(
      'Not a pipeline: a KFP v2 pipeline spec needs pipelineInfo and root, and pipelineInfo and root are missing.',
    );
    expect(errorOf({ apiVersion: 'v1', kind: 'Pod' })).toBe(
      'Not a pipeline: apiVersion is v1 and kind is Pod; an Argo pipeline needs apiVersion argoproj.io/v1alpha1 and kind Workflow.',
    );
    expect(errorOf({ apiVersion: 'argoproj.io/v1alpha1', kind: 'WorkflowTemplate' })).toBe(
      'Not a pipeline: it is an Argo WorkflowTemplate; only kind Workflow (as compiled by the kfp 1.x SDK) is supported.',
    );
    expect(errorOf({ name: 'add', implementation: { container: {} } })).toBe(
      'Not a pipeline: it looks like a component definition; compile it into a pipeline first.',
    );
    expect(errorOf(platform)).toBe(
      'Not a pipeline: it holds only a platform spec, without the pipeline spec it belongs to.',
    );
    expect(errorOf({ hello: 'world' })).toBe(
      'Not a pipeline: neither a KFP v2 pipeline spec (needs pipelineInfo and root) nor an Argo Workflow (needs apiVersion argoproj.io/v1alpha1 and kind Workflow).',
    );
    expect(errorOf(null)).toBe('Not a pipeline: the document is empty, not an object.');
    expect(errorOf([v2])).toBe('Not a pipeline: the document is a list, not an object.');
  });
});
