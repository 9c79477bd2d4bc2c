import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, zipSync } from 'fflate';
import { createTar } from 'nanotar';
import { describe, expect, it } from 'vitest';
import { checkPipelineFile } from '@/features/pipelines/model/upload-check.ts';
import { requireSharedDir } from '../../../scripts/shared-dir.ts';
import { checkPipelineSpec } from './pipelines-upload-check.ts';

const pipelinesDir = join(requireSharedDir(), 'fixtures', 'pipelines');
/** Kubernetes Pod manifests (image builds) among the v1 fixtures: not pipelines, and the server refuses them too. */
const NOT_PIPELINES = new Set(['v1/kaniko.basic.yaml', 'v1/kaniko.kubeflow.yaml']);

const V2 = `# PIPELINE DEFINITION
pipelineInfo:
  name: hello-world
root:
  dag:
    tasks:
      hello:
        taskInfo: {name: hello}
        componentRef: {name: comp-hello}
components:
  comp-hello: {executorLabel: exec-hello}
deploymentSpec:
  executors:
    exec-hello:
      container: {image: python:3.11}
schemaVersion: 2.1.0
`;

const file = (name: string, content: BlobPart) => new File([content], name);

describe('checkPipelineSpec (the graph feature’s parser behind the upload form)', () => {
  it('accepts a KFP v2 spec and an Argo Workflow, naming them', () => {
    expect(checkPipelineSpec(V2)).toEqual({ ok: true, kind: 'v2', pipelineName: 'hello-world' });
    expect(
      checkPipelineSpec(
        'apiVersion: argoproj.io/v1alpha1\nkind: Workflow\nmetadata: {generateName: coin-}\nspec: {templates: []}\n',
      ),
    ).toEqual({
      ok: true,
      kind: 'argo',
      pipelineName: 'coin',
    });
  });

  it('reports YAML errors with line and column', () => {
    const broken = 'pipelineInfo:\n  name: x\nroot:\n  dag: {tasks: [\n';
    const result = checkPipelineSpec(broken);
    expect(result.ok).toBe(false);
    if (result.ok || result.problem !== 'yaml') throw new Error('expected a YAML problem');
    expect(result.issues[0]).toMatchObject({ line: 5, column: 1 });
  });

  it('explains what is not a pipeline', () => {
    const pod = checkPipelineSpec('apiVersion: v1\nkind: Pod\n');
    expect(pod).toMatchObject({ ok: false, problem: 'not-a-pipeline' });
    expect(!pod.ok && pod.problem === 'not-a-pipeline' ? pod.message : '').toMatch(
      /^Not a pipeline: apiVersion is v1 and kind is Pod/,
    );
    expect(checkPipelineSpec('just: a mapping\n')).toMatchObject({
      ok: false,
      problem: 'not-a-pipeline',
    });
  });
});

describe('checkPipelineFile with the real spec check', () => {
  it('names the YAML error position of a broken file', async () => {
    const result = await checkPipelineFile(
      file('broken.yaml', 'pipelineInfo:\n  name: x\n root: 1\n'),
      checkPipelineSpec,
    );
    expect(result).toMatchObject({ ok: false, problem: { kind: 'yaml' } });
    expect(result.ok ? '' : result.problem.message).toBe(
      'YAML error at line 3, column 1: All mapping items must start at the same column',
    );
  });

  it('refuses a truncated YAML file', async () => {
    const result = await checkPipelineFile(
      file('cut.yaml', V2.slice(0, V2.indexOf('{name: comp-hello}') + 8)),
      checkPipelineSpec,
    );
    expect(result).toMatchObject({ ok: false, problem: { kind: 'yaml' } });
    expect(result.ok ? '' : result.problem.message).toMatch(/^YAML error at line \d+, column \d+/);
  });

  it('reads the pipeline inside zip and tar.gz archives, and reports errors there by entry', async () => {
    const encoder = new TextEncoder();
    const zip = zipSync({ 'pipeline.yaml': encoder.encode(V2), 'README.md': encoder.encode('hi') });
    expect(await checkPipelineFile(file('p.zip', zip), checkPipelineSpec)).toEqual({
      ok: true,
      kind: 'v2',
      pipelineName: 'hello-world',
      entryName: 'pipeline.yaml',
    });
    const tgz = gzipSync(createTar([{ name: 'train.yaml', data: V2 }]));
    expect(await checkPipelineFile(file('p.tar.gz', tgz), checkPipelineSpec)).toMatchObject({
      ok: true,
      entryName: 'train.yaml',
    });
    const bad = zipSync({ 'pipeline.yaml': encoder.encode('a: [1,\n') });
    const result = await checkPipelineFile(file('bad.zip', bad), checkPipelineSpec);
    expect(result.ok ? '' : result.problem.message).toMatch(
      /^pipeline\.yaml \(in the archive\): YAML error at line 2, column 1/,
    );
  });

  for (const version of ['v1', 'v2'] as const) {
    it(`accepts every ${version} fixture pipeline (and refuses the Pod manifests)`, async () => {
      const names = readdirSync(join(pipelinesDir, version)).filter((name) =>
        /\.ya?ml$/.test(name),
      );
      expect(names.length).toBeGreaterThan(30);
      for (const name of names) {
        const result = await checkPipelineFile(
          file(name, readFileSync(join(pipelinesDir, version, name), 'utf8')),
          checkPipelineSpec,
        );
        if (NOT_PIPELINES.has(`${version}/${name}`)) {
          expect(result, name).toMatchObject({ ok: false, problem: { kind: 'not-a-pipeline' } });
        } else {
          expect(result, `${name}: ${result.ok ? '' : result.problem.message}`).toMatchObject({
            ok: true,
            kind: version === 'v1' ? 'argo' : 'v2',
          });
        }
      }
    });
  }
});
