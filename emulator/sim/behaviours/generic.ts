import type { OutputSpec, TaskExecution } from '../types.ts';
import { fixed } from './python.ts';
import type { Random } from './random.ts';
import { normaliseName } from './task-io.ts';
import {
  bool,
  float,
  int,
  json,
  str,
  type ComponentDefinition,
  type OutputValue,
} from './types.ts';
import type { JsonValue } from '../../lib/json.ts';

/** A plausible value for an output parameter of the given type (v2 parameterType or v1 type name). */
export function genericParameter(spec: OutputSpec, rng: Random): OutputValue {
  switch (spec.type.toUpperCase()) {
    case 'NUMBER_INTEGER':
    case 'INTEGER':
    case 'INT':
      return int(rng.int(0, 100));
    case 'NUMBER_DOUBLE':
    case 'FLOAT':
      return float(Number(rng.next().toFixed(4)));
    case 'BOOLEAN':
    case 'BOOL':
      return bool(rng.next() < 0.5);
    case 'LIST':
    case 'JSONARRAY':
      return json(['alpha', 'beta', 'gamma'].slice(0, rng.int(1, 3)));
    case 'STRUCT':
    case 'JSONOBJECT':
      return json({ name: normaliseName(spec.name), score: Number(rng.next().toFixed(4)) });
    default:
      return str(`${normaliseName(spec.name)}-${rng.int(1000, 9999)}`);
  }
}

/** MLMD-style metadata of a `system.ClassificationMetrics` artifact (what `log_confusion_matrix` and `log_roc_curve` record). */
export function classificationMetrics(rng: Random, labels: readonly string[]): JsonValue {
  const rows = labels.map((_, i) => ({
    row: labels.map((__, j) => (i === j ? rng.int(30, 60) : rng.int(0, 6))),
  }));
  const confidenceMetrics: JsonValue[] = [];
  for (let i = 0; i <= 10; i++) {
    const threshold = 1 - i / 10;
    const fpr = Number(((i / 10) ** 2).toFixed(4));
    confidenceMetrics.push({
      confidenceThreshold: Number(threshold.toFixed(2)),
      falsePositiveRate: fpr,
      recall: Number(Math.min(1, Math.sqrt(fpr) + rng.float(0, 0.05)).toFixed(4)),
    });
  }
  return {
    confusionMatrix: { annotationSpecs: labels.map((displayName) => ({ displayName })), rows },
    confidenceMetrics,
  };
}

function genericHtml(task: TaskExecution, rng: Random): string {
  const rows = Array.from(
    { length: 4 },
    (_, i) => `<tr><td>metric_${i + 1}</td><td>${fixed(rng.next(), 4)}</td></tr>`,
  ).join('');
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>${task.displayName}</title>
<style>body{font-family:sans-serif;margin:16px}table{border-collapse:collapse}td{border:1px solid #ccc;padding:4px 8px}</style>
</head><body><h2>${task.displayName}</h2><table>${rows}</table>
<p id="when"></p><script>document.getElementById('when').textContent = 'Rendered by ${task.displayName}.';</script>
</body></html>`;
}

/** A plausible file for an output artifact of the given type (schema title for v2, artifact name for v1). */
export function genericArtifact(spec: OutputSpec, task: TaskExecution, rng: Random): string {
  const name = normaliseName(spec.name);
  if (name.endsWith('mlpipeline-ui-metadata')) {
    return JSON.stringify({
      outputs: [
        {
          type: 'markdown',
          storage: 'inline',
          source: `# ${task.displayName}\n\nFinished with seed \`${task.seed}\`.`,
        },
      ],
    });
  }
  if (name.endsWith('mlpipeline-metrics')) {
    return JSON.stringify({
      metrics: [{ name: 'score', numberValue: Number(rng.next().toFixed(4)), format: 'RAW' }],
    });
  }
  switch (spec.type) {
    case 'system.Metrics':
      return JSON.stringify({
        accuracy: Number(rng.float(0.7, 0.99).toFixed(4)),
        loss: Number(rng.float(0.05, 0.6).toFixed(4)),
      });
    case 'system.ClassificationMetrics':
      return JSON.stringify(classificationMetrics(rng, ['cat', 'dog', 'bird']));
    case 'system.HTML':
      return genericHtml(task, rng);
    case 'system.Markdown':
      return `# ${task.displayName}\n\n| metric | value |\n|---|---|\n| score | ${fixed(rng.next(), 4)} |\n`;
    case 'system.Dataset':
      return [
        'id,feature_a,feature_b,label',
        ...Array.from(
          { length: 20 },
          (_, i) => `${i},${fixed(rng.next(), 4)},${fixed(rng.next(), 4)},${rng.int(0, 1)}`,
        ),
      ].join('\n');
    default:
      return `${task.displayName}: ${spec.name}\n`;
  }
}

/** Unknown components: they print what they were called with and produce typed outputs (filled in by the caller). */
export function genericComponent(task: TaskExecution): ComponentDefinition {
  const fn = normaliseName(task.component)
    .replace(/^(comp|exec)-/, '')
    .replace(/-/g, '_');
  return {
    names: [],
    functionName: fn,
    packages: [],
    failureLine: 3,
    run: ({ rng }) => ({
      stdout: [
        `${fn}(${Object.entries(task.inputs)
          .map(([k, v]) => `${k}=${JSON.stringify(v)}`)
          .join(', ')})`,
      ],
      workMs: rng.int(800, 6000),
    }),
    injectedFailure: () => ({
      exception: 'RuntimeError',
      message: `${fn} failed: simulated failure`,
      frames: [{ line: 0, fn, code: `raise RuntimeError(f'${fn} failed: simulated failure')` }],
    }),
  };
}
