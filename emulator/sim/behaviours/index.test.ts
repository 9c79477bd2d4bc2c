import { describe, expect, it } from 'vitest';
import { componentKey, executeComponent, findComponent } from './index.ts';
import { decode, testTask } from '../../testing/test-task.ts';

describe('component recognition', () => {
  it.each([
    ['multiply', 'multiply'],
    ['comp-check-if-prime-2', 'check-if-prime'],
    ['exec-sub-one', 'sub-one'],
    ['Write result to text', 'write-result-to-text'],
    ['get_text_file', 'get-text-file'],
  ])('%s → %s', (name, key) => {
    expect(componentKey(name)).toBe(key);
  });

  it('falls back to the display name', () => {
    expect(
      findComponent({ component: 'comp-op-7', displayName: 'check-if-prime' })?.functionName,
    ).toBe('check_if_prime');
    expect(findComponent({ component: 'comp-op-7', displayName: 'op' })).toBeUndefined();
  });
});

describe('executeComponent', () => {
  it('is deterministic for a seed', () => {
    const task = testTask({
      component: 'display-image-from-path',
      inputs: { 'image-path': '/usr/share/example-pipeline-volume/a.jpg' },
    });
    expect(executeComponent(task)).toEqual(executeComponent(task));
    const other = executeComponent({ ...task, seed: 7 });
    expect(other.durationMs).not.toBe(executeComponent(task).durationMs);
  });

  it('logs pip installs of packages_to_install before the output', () => {
    const result = executeComponent(
      testTask({
        component: 'plot-csv-from-path',
        inputs: { 'csv-path': '/usr/share/example-pipeline-volume/data.csv' },
      }),
    );
    const text = result.log.join('\n');
    expect(text).toMatch(/^Collecting pandas$/m);
    expect(text).toMatch(/^Successfully installed .*mpld3-0\.5\.10/m);
    expect(text.indexOf('Successfully installed')).toBeLessThan(text.indexOf('Read 60 rows'));
  });

  it('fails with a Python traceback when failure is injected', () => {
    const result = executeComponent(
      testTask({
        component: 'multiply',
        inputs: { a: '3', b: '4' },
        injectFailure: true,
        outputParameters: [{ name: 'multiply-value', type: 'Float' }],
      }),
    );
    expect(result.outcome).toBe('failed');
    expect(result.error).toBe('Error (exit code 1)');
    expect(result.outputs).toEqual({});
    expect(result.log).toContain('Traceback (most recent call last):');
    expect(result.log.at(-1)).toBe('OverflowError: int too large to convert to float');
    expect(result.log.join('\n')).toMatch(/File "\/tmp\/tmp\.\w{10}", line \d+, in multiply/);
  });

  it('writes a v2 launcher log with executor_main frames on failure', () => {
    const result = executeComponent(
      testTask({
        component: 'comp-train-model',
        pipelineKind: 'v2',
        injectFailure: true,
        startedAt: '2026-03-04T10:00:00Z',
      }),
    );
    const text = result.log.join('\n');
    expect(text).toMatch(/^I0304 10:00:00\.\d{6} +19 launcher_v2\.go:90\] /m);
    expect(text).toContain('kfp/dsl/executor_main.py');
    expect(text).toMatch(/in train_model\n/);
    expect(result.log.at(-1)).toMatch(/^F0304 .* failed to execute component: exit status 1$/);
  });

  it('gives unknown components typed outputs from their specs', () => {
    const result = executeComponent(
      testTask({
        component: 'comp-mystery',
        pipelineKind: 'v2',
        outputParameters: [
          { name: 'count', type: 'NUMBER_INTEGER' },
          { name: 'ratio', type: 'NUMBER_DOUBLE' },
          { name: 'label', type: 'STRING' },
          { name: 'ok', type: 'BOOLEAN' },
        ],
        outputArtifacts: [
          { name: 'metrics', type: 'system.Metrics' },
          { name: 'cm', type: 'system.ClassificationMetrics' },
          { name: 'page', type: 'system.HTML' },
          { name: 'notes', type: 'system.Markdown' },
        ],
      }),
    );
    expect(Number.isInteger(result.outputs.count)).toBe(true);
    expect(typeof result.outputs.ratio).toBe('number');
    expect(typeof result.outputs.label).toBe('string');
    expect(typeof result.outputs.ok).toBe('boolean');
    const metrics: unknown = JSON.parse(decode(result.artifacts.metrics));
    expect(Object.entries(metrics ?? {}).map(([k, v]) => [k, typeof v])).toEqual([
      ['accuracy', 'number'],
      ['loss', 'number'],
    ]);
    const cm: unknown = JSON.parse(decode(result.artifacts.cm));
    expect(cm).toMatchObject({
      confusionMatrix: {
        annotationSpecs: [{ displayName: 'cat' }, { displayName: 'dog' }, { displayName: 'bird' }],
      },
    });
    expect(JSON.stringify(cm)).toMatch(
      /"rows":\[\{"row":\[\d+,\d+,\d+\]\},\{"row":\[\d+,\d+,\d+\]\},\{"row":\[\d+,\d+,\d+\]\}\]/,
    );
    expect(decode(result.artifacts.page)).toMatch(/^<!DOCTYPE html>[\s\S]*<script>/);
    expect(decode(result.artifacts.notes)).toMatch(/^# comp-mystery/);
  });

  it('serialises v1 typed outputs as kfp 1.x strings', () => {
    const result = executeComponent(
      testTask({
        component: 'mystery-op',
        outputParameters: [
          { name: 'mystery-op-n', type: 'Integer' },
          { name: 'mystery-op-s', type: 'String' },
        ],
      }),
    );
    expect(result.outputs['mystery-op-n']).toMatch(/^\d+$/);
    expect(typeof result.outputs['mystery-op-s']).toBe('string');
  });

  it('emits long logs for emit-log-lines', () => {
    const result = executeComponent(
      testTask({
        component: 'comp-emit-log-lines',
        pipelineKind: 'v2',
        inputs: { lines: 100_000 },
      }),
    );
    expect(result.log.length).toBeGreaterThan(100_000);
    expect(result.log.filter((l) => l.includes(' INFO step ')).length).toBe(100_000);
  });
});
