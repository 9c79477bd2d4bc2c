import { detectPipelineSpec, pipelineDocumentFromYaml, type DetectedSpec } from '@/features/graph';
import type { SpecChecker } from '@/features/pipelines/components/upload';
import { isRecord } from '@/lib/parse/reader.ts';

function stringIn(value: unknown, ...path: readonly string[]): string | undefined {
  let current = value;
  for (const key of path) current = isRecord(current) ? current[key] : undefined;
  return typeof current === 'string' && current !== '' ? current : undefined;
}

function pipelineNameOf(spec: DetectedSpec): string | undefined {
  if (spec.kind === 'v2')
    return (
      stringIn(spec.pipelineSpec, 'pipelineInfo', 'displayName') ??
      stringIn(spec.pipelineSpec, 'pipelineInfo', 'name')
    );
  return (
    stringIn(spec.workflow, 'metadata', 'name') ??
    stringIn(spec.workflow, 'metadata', 'generateName')?.replace(/-$/, '')
  );
}

/**
 * The upload form's spec check, composed here because a feature never imports another: the graph
 * feature's YAML reader (errors with line and column) and its KFP v2 IR / Argo Workflow detection.
 */
export const checkPipelineSpec: SpecChecker = (text) => {
  const parsed = pipelineDocumentFromYaml(text);
  if (!parsed.ok) return { ok: false, problem: 'yaml', issues: parsed.errors };
  const detected = detectPipelineSpec(parsed.value);
  if (!detected.ok) return { ok: false, problem: 'not-a-pipeline', message: detected.error };
  return { ok: true, kind: detected.spec.kind, pipelineName: pipelineNameOf(detected.spec) };
};
