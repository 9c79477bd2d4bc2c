import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseAllDocuments } from 'yaml';
import { parsePipelineText } from '../../store/pipeline-spec.ts';
import { readWorkflow } from '../../sim/argo/spec.ts';
import { validateWorkflow } from '../../sim/argo/validate.ts';
import { readIrPipeline } from '../../sim/ir/spec.ts';
import { validateIr } from '../../sim/ir/validate.ts';
import { pipelineFiles } from './pipeline-files.ts';
import { isJsonObject } from '../../lib/json.ts';

const dir = fileURLToPath(new URL('../pipelines/', import.meta.url));
const files = pipelineFiles();
const docOf = (name: string) => {
  // A kfp 2 file with a platform spec (volumes, GPUs) holds a second YAML document.
  const doc: unknown = parseAllDocuments(readFileSync(`${dir}${name}`, 'utf8'))[0]?.toJS();
  if (!isJsonObject(doc)) throw new Error(`${name} is not a YAML mapping`);
  return doc;
};
/** The tutorial's pipelines compiled by the real SDKs (sdk/kfp1, sdk/kfp2; scripts/sdk/python-env.ts). */
const v1 = [
  'data-handling.yaml',
  'data-visualization.yaml',
  'yolo-object-detection.yaml',
  'recursion-conditions-and-exit-handlers.yaml',
];
const compiledV2 = [
  'data-handling-v2.yaml',
  'data-visualization-v2.yaml',
  'yolo-object-detection-v2.yaml',
  'next-prime-v2.yaml',
];
/** The seed's own v2 pipelines, written by the generator in this folder. */
const v2 = ['training-with-metrics.yaml', 'data-quality-report.yaml'];

describe('seed pipeline files', () => {
  it('are the generator output and the compiled tutorial (run `npx tsx emulator/seed/build/write-pipelines.ts` after changing the generator)', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort(),
    ).toEqual([...Object.keys(files), ...v1, ...compiledV2].sort());
    for (const [name, content] of Object.entries(files))
      expect(readFileSync(`${dir}${name}`, 'utf8'), name).toBe(content);
  });

  it.each(v1)('%s is a valid kfp 1.8 Argo workflow', (name) => {
    const doc = docOf(name);
    expect(doc).toMatchObject({
      apiVersion: 'argoproj.io/v1alpha1',
      kind: 'Workflow',
      metadata: { annotations: { 'pipelines.kubeflow.org/kfp_sdk_version': '1.8.22' } },
    });
    expect(validateWorkflow(readWorkflow(doc))).toBeUndefined();
    const text = readFileSync(`${dir}${name}`, 'utf8');
    expect(text).toContain('pipelines.kubeflow.org/component_spec');
    expect(text).toContain('python3 -u "$program_path" "$@"');
  });

  it.each(v2)('%s is valid KFP v2 IR', (name) => {
    const doc = docOf(name);
    expect(doc).toMatchObject({ schemaVersion: '2.1.0', sdkVersion: 'kfp-2.9.0' });
    expect(validateIr(readIrPipeline(doc))).toBeUndefined();
  });

  it.each(compiledV2)('%s is valid KFP v2 IR compiled by kfp 2.17.3', (name) => {
    const doc = docOf(name);
    expect(doc).toMatchObject({ schemaVersion: '2.1.0', sdkVersion: 'kfp-2.17.3' });
    expect(validateIr(readIrPipeline(doc))).toBeUndefined();
  });

  it.each([...v1, ...v2, ...compiledV2])(
    "%s reads the same through the API server's YAML loader",
    (name) => {
      const parsed = parsePipelineText(readFileSync(`${dir}${name}`, 'utf8'));
      expect(parsed.kind).toBe(v1.includes(name) ? 'argo' : 'v2');
      const spec = isJsonObject(parsed.spec) ? parsed.spec : {};
      expect('platform_spec' in spec ? spec.pipeline_spec : spec).toEqual(docOf(name));
    },
  );

  it('the YOLO pipeline asks for one GPU on train and predict, and mounts the volume', () => {
    const workflow = readWorkflow(docOf('yolo-object-detection.yaml'));
    const text = readFileSync(`${dir}yolo-object-detection.yaml`, 'utf8');
    expect(text.match(/nvidia\.com\/gpu: 1/g)).toHaveLength(2);
    expect(workflow.templates.has('yolo-train')).toBe(true);
    expect(text).toContain('claimName: example-pipeline-volume');
    expect(text).toContain('mountPath: /usr/share/example-pipeline-volume');
    for (const output of ['mlpipeline-ui-metadata', 'mlpipeline-metrics'])
      expect(text).toMatch(new RegExp(`name: ${output}[,\\n]`));
  });

  it('the recursion pipeline calls its graph template from inside a condition and has an exit handler', () => {
    const text = readFileSync(`${dir}recursion-conditions-and-exit-handlers.yaml`, 'utf8');
    expect(text).toContain('onExit: exit-task');
    const workflow = readWorkflow(docOf('recursion-conditions-and-exit-handlers.yaml'));
    // kfp 1.8 names the recursive graph component graph-find-next-prime-2 and its branches
    // condition-3 (not prime: recurse) and condition-4 (prime: print).
    const graph = workflow.templates.get('graph-find-next-prime-2');
    const branches = graph?.kind === 'dag' ? graph.tasks : [];
    expect(branches.find((t) => t.name === 'condition-3')?.when).toMatch(
      /check-if-prime-Output.*== "False"/s,
    );
    expect(branches.find((t) => t.name === 'condition-4')?.when).toMatch(/== "True"/);
    const recurse = workflow.templates.get('condition-3');
    expect(recurse?.kind === 'dag' ? recurse.tasks.map((t) => t.template) : []).toContain(
      'graph-find-next-prime-2',
    );
  });

  it('the v2 pipelines have Metrics, ClassificationMetrics, HTML and Markdown outputs, loops and conditions', () => {
    const text = v2.map((name) => readFileSync(`${dir}${name}`, 'utf8')).join('\n');
    for (const type of [
      'system.Metrics',
      'system.ClassificationMetrics',
      'system.HTML',
      'system.Markdown',
    ])
      expect(text).toContain(`schemaTitle: ${type}`);
    for (const name of v2) {
      const spec = readFileSync(`${dir}${name}`, 'utf8');
      expect(spec, name).toContain('parameterIterator:');
      expect(spec, name).toContain('triggerPolicy:\n');
      expect(spec, name).toMatch(/condition: .*inputs\.parameter_values/);
    }
  });
});
