import { recordAt, stringAt, type UnknownRecord } from './unknown-reader.ts';
import { isRecord } from '@/lib/parse/reader.ts';
export type DetectedSpec =
  /** KFP v2 IR, with the optional Kubernetes platform spec (second YAML document / `platform_spec`). */
  | {
      readonly kind: 'v2';
      readonly pipelineSpec: UnknownRecord;
      readonly platformSpec: UnknownRecord | undefined;
    }
  /** An Argo Workflow, as the kfp 1.x SDK compiles pipelines. */
  | { readonly kind: 'argo'; readonly workflow: UnknownRecord };

export type DetectResult =
  | { readonly ok: true; readonly spec: DetectedSpec }
  | { readonly ok: false; readonly error: string };

const V2_REQUIRED = ['pipelineInfo', 'root'] as const;
const V2_HINTS = [
  'pipelineInfo',
  'root',
  'components',
  'deploymentSpec',
  'schemaVersion',
  'sdkVersion',
] as const;
const ARGO_API_VERSION = 'argoproj.io/v1alpha1';

/**
 * Tells what kind of pipeline a parsed document is. Accepts the document itself or the
 * `{pipeline_spec, platform_spec}` wrapper the API returns (camelCase too).
 */
export function detectPipelineSpec(document: unknown): DetectResult {
  if (!isRecord(document))
    return notAPipeline(`the document is ${describe(document)}, not an object`);
  const wrapped = document.pipeline_spec ?? document.pipelineSpec;
  if (wrapped !== undefined) {
    const inner = detectPipelineSpec(wrapped);
    if (!inner.ok || inner.spec.kind === 'argo') return inner;
    const platformSpec =
      recordAt(document, 'platform_spec') ??
      recordAt(document, 'platformSpec') ??
      inner.spec.platformSpec;
    return { ok: true, spec: { ...inner.spec, platformSpec } };
  }
  const apiVersion = stringAt(document, 'apiVersion');
  const kind = stringAt(document, 'kind');
  if (apiVersion !== undefined || kind !== undefined) {
    if (apiVersion === ARGO_API_VERSION && kind === 'Workflow')
      return { ok: true, spec: { kind: 'argo', workflow: document } };
    if (apiVersion === ARGO_API_VERSION) {
      return notAPipeline(
        `it is an Argo ${kind ?? 'object without a kind'}; only kind Workflow (as compiled by the kfp 1.x SDK) is supported`,
      );
    }
    return notAPipeline(
      `apiVersion is ${apiVersion ?? 'missing'} and kind is ${kind ?? 'missing'}; an Argo pipeline needs apiVersion ${ARGO_API_VERSION} and kind Workflow`,
    );
  }
  if (V2_HINTS.some((key) => key in document)) {
    const missing = V2_REQUIRED.filter((key) => !isRecord(document[key]));
    if (missing.length === 0)
      return { ok: true, spec: { kind: 'v2', pipelineSpec: document, platformSpec: undefined } };
    return notAPipeline(
      `a KFP v2 pipeline spec needs ${V2_REQUIRED.join(' and ')}, and ${missing.join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing`,
    );
  }
  if ('implementation' in document || 'executorLabel' in document) {
    return notAPipeline('it looks like a component definition; compile it into a pipeline first');
  }
  if ('platforms' in document)
    return notAPipeline('it holds only a platform spec, without the pipeline spec it belongs to');
  return notAPipeline(
    `neither a KFP v2 pipeline spec (needs pipelineInfo and root) nor an Argo Workflow (needs apiVersion ${ARGO_API_VERSION} and kind Workflow)`,
  );
}

function notAPipeline(reason: string): DetectResult {
  return { ok: false, error: `Not a pipeline: ${reason}.` };
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  return `a ${typeof value}`;
}
