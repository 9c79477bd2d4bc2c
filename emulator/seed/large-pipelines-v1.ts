import { stringify } from 'yaml';

const pad = (n: number) => String(n).padStart(2, '0');

/** The kfp 1.8 SDK's lightweight component for `step(value: int) -> int`, as it compiles it. */
function stepTemplate(): Record<string, unknown> {
  const program = [
    'def step(value):',
    "    print(f'step({value})')",
    '    return value + 1',
    '',
    'import argparse',
    "_parser = argparse.ArgumentParser(prog='Step', description='')",
    "_parser.add_argument('--value', dest='value', type=int, required=True, default=argparse.SUPPRESS)",
    "_parser.add_argument('----output-paths', dest='_output_paths', type=str, nargs=1)",
    '_parsed_args = vars(_parser.parse_args())',
    "_output_files = _parsed_args.pop('_output_paths', [])",
    '_outputs = [step(**_parsed_args)]',
    'import os',
    'for idx, output_file in enumerate(_output_files):',
    '    os.makedirs(os.path.dirname(output_file), exist_ok=True)',
    "    with open(output_file, 'w') as f:",
    '        f.write(str(_outputs[idx]))',
    '',
  ].join('\n');
  return {
    name: 'step',
    container: {
      args: [
        '--value',
        '{{inputs.parameters.value}}',
        '----output-paths',
        '/tmp/outputs/Output/data',
      ],
      command: [
        'sh',
        '-ec',
        'program_path=$(mktemp)\nprintf "%s" "$0" > "$program_path"\npython3 -u "$program_path" "$@"\n',
        program,
      ],
      image: 'python:3.9',
    },
    inputs: { parameters: [{ name: 'value' }] },
    outputs: {
      parameters: [{ name: 'step-Output', valueFrom: { path: '/tmp/outputs/Output/data' } }],
      artifacts: [{ name: 'step-Output', path: '/tmp/outputs/Output/data' }],
    },
    metadata: { labels: { 'pipelines.kubeflow.org/kfp_sdk_version': '1.8.22' } },
  };
}

/**
 * A KFP v1 (Argo Workflow) benchmark pipeline of `layers × width` step tasks, each layer after the one
 * before, every task after one to three of its predecessors (the v2 wide pipeline's shape without its
 * loop): 300 tasks with the defaults, 1,000 with (25, 40).
 */
export function wideV1PipelineYaml(layers = 15, width = 20): string {
  const name = `wide-fan-out-v1-${String(layers * width)}`;
  const tasks: Record<string, unknown>[] = [];
  for (let l = 0; l < layers; l++) {
    for (let w = 0; w < width; w++) {
      const taskName = `step-${pad(l)}-${pad(w)}`;
      if (l === 0) {
        tasks.push({
          name: taskName,
          template: 'step',
          arguments: { parameters: [{ name: 'value', value: String(w) }] },
        });
        continue;
      }
      const deps = [
        ...new Set([w, (w + 1) % width, (w * 7 + l) % width].slice(0, 1 + ((l + w) % 3))),
      ].map((d) => `step-${pad(l - 1)}-${pad(d)}`);
      tasks.push({
        name: taskName,
        template: 'step',
        dependencies: deps,
        arguments: {
          parameters: [
            { name: 'value', value: `{{tasks.${deps[0] ?? ''}.outputs.parameters.step-Output}}` },
          ],
        },
      });
    }
  }
  const description = `Benchmark: ${String(layers * width)} dependent step tasks (KFP v1).`;
  const workflow = {
    apiVersion: 'argoproj.io/v1alpha1',
    kind: 'Workflow',
    metadata: {
      generateName: `${name}-`,
      annotations: {
        'pipelines.kubeflow.org/kfp_sdk_version': '1.8.22',
        'pipelines.kubeflow.org/pipeline_spec': JSON.stringify({ description, name }),
      },
      labels: { 'pipelines.kubeflow.org/kfp_sdk_version': '1.8.22' },
    },
    spec: {
      entrypoint: name,
      templates: [{ name, dag: { tasks } }, stepTemplate()],
      arguments: { parameters: [] },
      serviceAccountName: 'pipeline-runner',
    },
  };
  return stringify(workflow, { lineWidth: 0 });
}
