import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parsePipelineText } from '../../http/pipeline-spec.ts';
import { readWorkflow } from '../../sim/argo/spec.ts';
import { validateWorkflow } from '../../sim/argo/validate.ts';
import { readIrPipeline } from '../../sim/ir/spec.ts';
import { validateIr } from '../../sim/ir/validate.ts';
import { isJsonObject } from '../../sim/json.ts';
import { pipelineFiles } from './pipeline-files.ts';

const dir = fileURLToPath(new URL('../pipelines/', import.meta.url));
const files = pipelineFiles();
const docOf = (name: string) => {
  const doc: unknown = parse(readFileSync(`${dir}${name}`, 'utf8'));
  if (!isJsonObject(doc)) throw new Error(`${name} is not a YAML mapping`);
  return doc;
};
const v1 = [
  'data-handling.yaml',
  'data-visualization.yaml',
  'yolo-object-detection.yaml',
  'recursion-conditions-and-exit-handlers.yaml',
];
const v2 = ['training-with-metrics.yaml', 'data-quality-report.yaml'];

describe('seed pipeline files', () => {
  it('are the generator output (run `npx tsx emulator/seed/build/write-pipelines.ts` after changing it)', () => {
    expect(
      readdirSync(dir)
        .filter((f) => f.endsWith('.yaml'))
        .sort(),
    ).toEqual(Object.keys(files).sort());
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

  it.each([...v1, ...v2])("%s reads the same through the API server's YAML loader", (name) => {
    const parsed = parsePipelineText(readFileSync(`${dir}${name}`, 'utf8'));
    expect(parsed.kind).toBe(v1.includes(name) ? 'argo' : 'v2');
    expect(parsed.spec).toEqual(docOf(name));
  });

  it('the YOLO pipeline asks for one GPU on train and predict, and mounts the volume', () => {
    const workflow = readWorkflow(docOf('yolo-object-detection.yaml'));
    const text = readFileSync(`${dir}yolo-object-detection.yaml`, 'utf8');
    expect(text.match(/nvidia\.com\/gpu: 1/g)).toHaveLength(2);
    expect(workflow.templates.has('yolo-train')).toBe(true);
    expect(text).toContain('claimName: example-pipeline-volume');
    expect(text).toContain('mountPath: /usr/share/example-pipeline-volume');
    for (const output of ['mlpipeline-ui-metadata', 'mlpipeline-metrics'])
      expect(text).toContain(`name: ${output}\n`);
  });

  it('the recursion pipeline calls its graph template from inside a condition and has an exit handler', () => {
    const text = readFileSync(`${dir}recursion-conditions-and-exit-handlers.yaml`, 'utf8');
    expect(text).toContain('onExit: exit-task');
    expect(text).toContain(
      `when: '"{{tasks.check-if-prime.outputs.parameters.check-if-prime-Output}}" == "False"'`,
    );
    const workflow = readWorkflow(docOf('recursion-conditions-and-exit-handlers.yaml'));
    const condition = workflow.templates.get('condition-2');
    expect(condition?.kind === 'dag' ? condition.tasks.map((t) => t.template) : []).toContain(
      'graph-find-next-prime-1',
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
