import { substring, type Filter } from '@/lib/kfp/filter.ts';
import type { Pipeline, PipelineVersion } from '@/lib/kfp/wire/pipeline.ts';

export const PIPELINE_LIST_PARAMS = { tab: 'tab', search: 'q' } as const;
export const PIPELINE_SORT_FIELDS = ['created_at', 'display_name'] as const;
export const PIPELINE_DEFAULT_SORT = { field: 'created_at', desc: true } as const;

/** Multi-user installs: the namespace's own pipelines, or the shared ones (namespace ""). */
export type PipelineScope = 'private' | 'shared';

export interface PipelineListState {
  readonly scope: PipelineScope;
  readonly search: string;
}

export function parsePipelineListState(params: URLSearchParams): PipelineListState {
  return {
    scope: params.get(PIPELINE_LIST_PARAMS.tab) === 'shared' ? 'shared' : 'private',
    search: (params.get(PIPELINE_LIST_PARAMS.search) ?? '').trim(),
  };
}

/** `display_name` is the v2beta1 filter key for a pipeline's name (KFP maps it to the name column). */
export function nameFilter(search: string): Filter {
  return { predicates: search === '' ? [] : [substring('display_name', search)] };
}

/**
 * The `namespace` a pipelines list is asked for: the current one for private pipelines, none for
 * shared ones; single-user installs have no namespaces at all.
 */
export function listNamespace(
  state: PipelineListState,
  namespace: string | undefined,
  multiUser: boolean,
): string | undefined {
  if (!multiUser) return undefined;
  return state.scope === 'private' ? namespace : undefined;
}

export interface PipelineRow {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly createdAt: string | undefined;
}

export function toPipelineRow(pipeline: Pipeline): PipelineRow {
  return {
    id: pipeline.pipeline_id,
    name: pipeline.display_name || pipeline.name || pipeline.pipeline_id,
    description: pipeline.description,
    createdAt: pipeline.created_at,
  };
}

export interface VersionRow {
  readonly id: string;
  readonly pipelineId: string;
  readonly name: string;
  readonly description: string;
  readonly createdAt: string | undefined;
}

export function toVersionRow(version: PipelineVersion, pipelineId: string): VersionRow {
  return {
    id: version.pipeline_version_id,
    pipelineId: version.pipeline_id || pipelineId,
    name: version.display_name || version.name || version.pipeline_version_id,
    description: version.description,
    createdAt: version.created_at,
  };
}
