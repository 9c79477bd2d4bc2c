import { stringify } from 'yaml';
import type { JsonObject } from '@/lib/kfp/wire/common.ts';
import type { Pipeline, PipelineVersion } from '@/lib/kfp/wire/pipeline.ts';
import { isRecord } from '@/lib/parse/reader.ts';

/** URL parameters of the pipeline page (besides the versions table's paging and sort). */
export const PIPELINE_DETAIL_PARAMS = { version: 'version', node: 'node', tab: 'tab' } as const;

export type PipelineTab = 'graph' | 'spec';

/** `?tab=spec` opens the spec; anything else is the graph. */
export function parsePipelineTab(raw: string | null): PipelineTab {
  return raw === 'spec' ? 'spec' : 'graph';
}

/** How the version's file was compiled: KFP v2 IR, or an Argo Workflow from the kfp 1.x SDK. */
export type SpecFlavor = 'v2' | 'v1';

/** v1 when `pipeline_spec` is an Argo Workflow (`kind: Workflow`, `apiVersion: argoproj.io/…`). */
export function specFlavor(spec: JsonObject | undefined): SpecFlavor {
  if (spec === undefined) return 'v2';
  const kind = spec.kind;
  const apiVersion = spec.apiVersion;
  if (
    kind === 'Workflow' ||
    (typeof apiVersion === 'string' && apiVersion.startsWith('argoproj.io/'))
  )
    return 'v1';
  return 'v2';
}

/**
 * A v2 spec as YAML. A file whose second document held a platform spec comes back from the API as
 * `{pipeline_spec, platform_spec}`: drawn as the two documents it was uploaded as.
 */
export function specToYaml(spec: JsonObject): string {
  const options = { lineWidth: 0, aliasDuplicateObjects: false } as const;
  const inner = spec.pipeline_spec;
  if (isRecord(inner)) {
    const platform = spec.platform_spec;
    const first = stringify(inner, options);
    return isRecord(platform) ? `${first}---\n${stringify(platform, options)}` : first;
  }
  return stringify(spec, options);
}

export interface PipelineSummary {
  readonly id: string;
  readonly name: string;
  /** Shown only when it differs from `name`. */
  readonly displayName: string | undefined;
  readonly description: string;
  readonly createdAt: string | undefined;
  /** "shared" for a pipeline without a namespace. */
  readonly namespace: string;
  readonly shared: boolean;
}

export function toPipelineSummary(pipeline: Pipeline): PipelineSummary {
  const name = pipeline.name || pipeline.display_name || pipeline.pipeline_id;
  return {
    id: pipeline.pipeline_id,
    name,
    displayName:
      pipeline.display_name && pipeline.display_name !== name ? pipeline.display_name : undefined,
    description: pipeline.description,
    createdAt: pipeline.created_at,
    namespace: pipeline.namespace || 'shared',
    shared: pipeline.namespace === '',
  };
}

/** The title of a pipeline: its display name, else its name, else its id. */
export function pipelineTitle(pipeline: Pipeline): string {
  return pipeline.display_name || pipeline.name || pipeline.pipeline_id;
}

export function versionLabel(version: PipelineVersion): string {
  return version.display_name || version.name || version.pipeline_version_id;
}

/** An http(s) link to show as a link; anything else (a `gs://` path, junk) is shown as text only. */
export function safeLink(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** What "Delete pipeline" removes, said exactly: `pipeline "X" and its 2 versions`. */
export function pipelineDeletionText(name: string, versionCount: number | undefined): string {
  if (versionCount === undefined) return `pipeline “${name}” and all its versions`;
  if (versionCount === 0) return `pipeline “${name}” (it has no versions)`;
  return `pipeline “${name}” and its ${plural(versionCount, 'version')}`;
}

/** Which version the page shows: the one in the URL, else the newest. */
export function selectedVersionId(
  fromUrl: string | null,
  latest: PipelineVersion | undefined,
): string | undefined {
  if (fromUrl !== null && fromUrl !== '') return fromUrl;
  return latest?.pipeline_version_id;
}
