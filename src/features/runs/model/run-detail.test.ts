import { describe, expect, it } from 'vitest';
import {
  availableActions,
  experimentIdOf,
  isArgoWorkflow,
  parseNodeTab,
  parseRunTab,
  runParameters,
  specOfRun,
} from './run-detail.ts';

describe('run detail model', () => {
  it('finds where the spec comes from: inline, a pipeline version, or nowhere', () => {
    expect(
      specOfRun({
        pipeline_spec: { root: {} },
        pipeline_version_reference: undefined,
        pipeline_version_id: undefined,
      }),
    ).toEqual({ kind: 'inline', spec: { root: {} } });
    expect(
      specOfRun({
        pipeline_spec: undefined,
        pipeline_version_reference: { pipeline_id: 'p', pipeline_version_id: 'v' },
        pipeline_version_id: undefined,
      }),
    ).toEqual({ kind: 'version', pipelineId: 'p', versionId: 'v' });
    expect(
      specOfRun({
        pipeline_spec: undefined,
        pipeline_version_reference: { pipeline_id: 'p', pipeline_version_id: undefined },
        pipeline_version_id: 'old',
      }),
    ).toEqual({ kind: 'version', pipelineId: 'p', versionId: 'old' });
    expect(
      specOfRun({
        pipeline_spec: {},
        pipeline_version_reference: undefined,
        pipeline_version_id: undefined,
      }),
    ).toEqual({ kind: 'none' });
  });

  it('tells Argo workflows (kfp 1.x) from v2 specs', () => {
    expect(isArgoWorkflow({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow' })).toBe(true);
    expect(isArgoWorkflow({ pipelineInfo: { name: 'x' }, root: {} })).toBe(false);
    expect(isArgoWorkflow(null)).toBe(false);
  });

  it('reads tabs from the URL, falling back to the first', () => {
    expect(parseRunTab('spec')).toBe('spec');
    expect(parseRunTab('nope')).toBe('graph');
    expect(parseRunTab(null)).toBe('graph');
    expect(parseNodeTab('logs')).toBe('logs');
    expect(parseNodeTab('x')).toBe('io');
  });

  it('offers terminate while active, retry after a failure, restore when archived', () => {
    expect(availableActions({ state: 'RUNNING', storage_state: 'AVAILABLE' })).toEqual({
      terminate: true,
      retry: false,
      archive: true,
      restore: false,
    });
    expect(availableActions({ state: 'FAILED', storage_state: 'ARCHIVED' })).toEqual({
      terminate: false,
      retry: true,
      archive: false,
      restore: true,
    });
    expect(availableActions({ state: 'CANCELING', storage_state: 'AVAILABLE' }).terminate).toBe(
      false,
    );
  });

  it('prints v2 parameters as text and falls back to v1 string parameters', () => {
    expect(
      runParameters(
        { runtime_config: { parameters: { a: 3, s: 'x', l: [1, 2] }, pipeline_root: undefined } },
        undefined,
      ),
    ).toEqual([
      { name: 'a', value: '3' },
      { name: 's', value: 'x' },
      { name: 'l', value: '[1,2]' },
    ]);
    const v1 = {
      run: {
        id: 'r',
        name: '',
        description: '',
        status: '',
        error: '',
        storage_state: 'STORAGESTATE_AVAILABLE' as const,
        pipeline_spec: {
          pipeline_id: '',
          pipeline_name: '',
          parameters: [{ name: 'b', value: '4' }],
          workflow_manifest: '',
        },
        resource_references: [
          { type: 'EXPERIMENT' as const, id: 'e1', name: '', relationship: 'OWNER' as const },
        ],
        metrics: [],
        service_account: '',
        created_at: undefined,
        scheduled_at: undefined,
        finished_at: undefined,
      },
      workflow_manifest: '',
    };
    expect(runParameters({ runtime_config: undefined }, v1)).toEqual([{ name: 'b', value: '4' }]);
    expect(experimentIdOf({ experiment_id: '' }, v1)).toBe('e1');
    expect(experimentIdOf({ experiment_id: 'e2' }, v1)).toBe('e2');
  });
});
