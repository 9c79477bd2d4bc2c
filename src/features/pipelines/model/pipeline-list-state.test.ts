import { describe, expect, it } from 'vitest';
import {
  listNamespace,
  nameFilter,
  parsePipelineListState,
  toPipelineRow,
  toVersionRow,
} from './pipeline-list-state.ts';

describe('pipeline list state', () => {
  it('defaults to private pipelines without a search', () => {
    expect(parsePipelineListState(new URLSearchParams())).toEqual({ scope: 'private', search: '' });
    expect(parsePipelineListState(new URLSearchParams('tab=shared&q=%20yolo '))).toEqual({
      scope: 'shared',
      search: 'yolo',
    });
  });

  it('filters by display name only when there is a search', () => {
    expect(nameFilter('')).toEqual({ predicates: [] });
    expect(nameFilter('yolo')).toEqual({
      predicates: [{ key: 'display_name', operation: 'IS_SUBSTRING', string_value: 'yolo' }],
    });
  });

  it('asks for the namespace only for private pipelines of a multi-user install', () => {
    expect(listNamespace({ scope: 'private', search: '' }, 'kubeflow-alice', true)).toBe(
      'kubeflow-alice',
    );
    expect(listNamespace({ scope: 'shared', search: '' }, 'kubeflow-alice', true)).toBeUndefined();
    expect(
      listNamespace({ scope: 'private', search: '' }, 'kubeflow-alice', false),
    ).toBeUndefined();
  });
});

describe('rows', () => {
  it('prefers display names and falls back to name and id', () => {
    const base = {
      pipeline_id: 'p1',
      name: 'pipe',
      display_name: '',
      description: 'd',
      created_at: undefined,
      namespace: '',
      tags: {},
      error: undefined,
    };
    expect(toPipelineRow(base).name).toBe('pipe');
    expect(toPipelineRow({ ...base, display_name: 'Pipe' }).name).toBe('Pipe');
    expect(toPipelineRow({ ...base, name: '' }).name).toBe('p1');
    const version = {
      pipeline_id: '',
      pipeline_version_id: 'v1',
      name: '',
      display_name: '',
      description: '',
      created_at: undefined,
      package_url: undefined,
      code_source_url: '',
      pipeline_spec: undefined,
      tags: {},
      error: undefined,
    };
    expect(toVersionRow(version, 'p1')).toEqual({
      id: 'v1',
      pipelineId: 'p1',
      name: 'v1',
      description: '',
      createdAt: undefined,
    });
  });
});
