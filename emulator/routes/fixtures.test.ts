import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORE_SCHEMA, loadAll } from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { requireSharedDir } from '../../scripts/shared-dir.ts';
import { createTestApi, field, text } from '../testing/test-app.ts';
import { uploadForm } from '../testing/test-pipelines.ts';

const fixtures = join(requireSharedDir(), 'fixtures', 'pipelines');
const files = (kind: 'v1' | 'v2') =>
  readdirSync(join(fixtures, kind))
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();

const pair = (docs: unknown[]) => {
  const present = docs.filter((d) => d !== null && d !== undefined);
  return present.length === 2
    ? { pipeline_spec: present[0], platform_spec: present[1] }
    : present[0];
};

/**
 * What the file should come back as: the YAML converted to JSON, a platform document making a pair.
 * Read with the strict `yaml` package where it can (an independent reader), else with js-yaml: three
 * SDK-written files have continuation lines that only libyaml-style readers (go-yaml, PyYAML) accept.
 */
function expectedSpec(source: string): unknown {
  const strict = parseAllDocuments(source);
  if (strict.every((d) => d.errors.length === 0)) {
    const docs: unknown[] = strict.map((d) => {
      const value: unknown = d.toJS({ maxAliasCount: 1000 });
      return value;
    });
    return pair(docs);
  }
  const docs: unknown[] = loadAll(source, undefined, { schema: CORE_SCHEMA });
  return pair(docs);
}

function kindOf(spec: unknown): string {
  return field(spec, 'kind') === 'Workflow' ? 'argo' : 'v2';
}

describe('every fixture pipeline uploads and reads back', () => {
  for (const kind of ['v1', 'v2'] as const) {
    it(`${kind}: pipeline_spec, the version and the v1 templates calls`, async () => {
      const api = await createTestApi();
      const names = files(kind);
      expect(names.length).toBeGreaterThan(kind === 'v1' ? 30 : 100);
      const accepted: string[] = [];
      for (const name of names) {
        const source = readFileSync(join(fixtures, kind, name), 'utf8');
        const spec = expectedSpec(source);
        const isPipeline =
          field(spec, 'kind') === 'Workflow' ||
          typeof field(spec, 'pipelineInfo', 'name') === 'string' ||
          field(spec, 'pipeline_spec') !== undefined;
        const uploaded = await api.call(
          'POST',
          `/apis/v2beta1/pipelines/upload?namespace=kubeflow-alice&name=${kind}-${name}`,
          {
            as: 'alice',
            form: uploadForm(name, source),
          },
        );
        if (!isPipeline) {
          // kaniko.*.yaml are Kubernetes Pod manifests, not pipelines: the real server refuses them too.
          expect(uploaded.status, name).toBe(400);
          expect(uploaded.json.error_message, name).toMatch(/unknown template format/);
          continue;
        }
        expect(uploaded.status, `${name}: ${JSON.stringify(uploaded.body)}`).toBe(200);
        accepted.push(name);
        const pipelineId = text(uploaded.body, 'pipeline_id');
        const versions = await api.call('GET', `/apis/v2beta1/pipelines/${pipelineId}/versions`, {
          as: 'alice',
        });
        const version = field(versions.body, 'pipeline_versions', 0);
        expect(field(version, 'pipeline_spec'), name).toEqual(spec);
        expect(kindOf(field(version, 'pipeline_spec')), name).toBe(kind === 'v1' ? 'argo' : 'v2');
        const versionId = text(version, 'pipeline_version_id');
        const one = await api.call(
          'GET',
          `/apis/v2beta1/pipelines/${pipelineId}/versions/${versionId}`,
          { as: 'alice' },
        );
        expect(field(one.body, 'pipeline_spec'), name).toEqual(spec);
        const template = await api.call(
          'GET',
          `/apis/v1beta1/pipeline_versions/${versionId}/templates`,
          { as: 'alice' },
        );
        expect(template.json.template, name).toBe(source);
        const latest = await api.call('GET', `/apis/v1beta1/pipelines/${pipelineId}/templates`, {
          as: 'alice',
        });
        expect(latest.json.template, name).toBe(source);
      }
      expect(accepted.length).toBe(kind === 'v1' ? names.length - 2 : names.length);
    });
  }
});
