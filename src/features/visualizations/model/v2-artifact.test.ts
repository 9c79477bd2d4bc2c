import { describe, expect, it } from 'vitest';
import {
  artifactKind,
  artifactsFromTaskOutputs,
  artifactTitle,
  readV2Artifact,
  unwrapValue,
} from './v2-artifact.ts';

describe('artifactKind', () => {
  it.each([
    ['Metric', 'metrics'],
    ['system.Metrics', 'metrics'],
    ['ClassificationMetric', 'classification-metrics'],
    ['system.ClassificationMetrics', 'classification-metrics'],
    ['HTML', 'html'],
    ['system.HTML', 'html'],
    ['Markdown', 'markdown'],
    ['system.Markdown', 'markdown'],
    ['SlicedClassificationMetric', 'other'],
    ['Dataset', 'other'],
    ['system.Artifact', 'other'],
    [undefined, 'other'],
    [{ schema_title: 'system.Metrics' }, 'metrics'],
    [{ schemaTitle: 'system.HTML' }, 'html'],
  ])('%j → %s', (type, kind) => {
    expect(artifactKind(type)).toBe(kind);
  });
});

describe('readV2Artifact', () => {
  it('reads the wire fields (snake_case)', () => {
    expect(
      readV2Artifact(
        {
          artifact_id: '7',
          name: 'accuracy',
          type: 'Metric',
          uri: '',
          metadata: { a: 1 },
          number_value: 0.9,
          created_at: 'x',
        },
        'metrics',
      ),
    ).toEqual({
      id: '7',
      name: 'accuracy',
      outputKey: 'metrics',
      kind: 'metrics',
      metadata: { a: 1 },
      numberValue: 0.9,
    });
  });

  it('reads lowerCamelCase and custom_properties too', () => {
    expect(
      readV2Artifact({
        artifactId: '8',
        displayName: 'x',
        schemaTitle: 'system.HTML',
        uri: 'gs://b/k',
        customProperties: { display_name: 'page' },
      }),
    ).toEqual({
      id: '8',
      name: '',
      kind: 'html',
      uri: 'gs://b/k',
      metadata: { display_name: 'page' },
    });
  });

  it('ignores what is not an artifact, and bad field types', () => {
    expect(readV2Artifact('x')).toBeUndefined();
    expect(readV2Artifact({ name: 5, metadata: [1], number_value: 'NaN' })).toEqual({
      name: '',
      kind: 'other',
      metadata: {},
    });
  });
});

describe('artifactsFromTaskOutputs', () => {
  it('flattens IOArtifact groups, keeping their artifact_key', () => {
    const outputs = {
      parameters: [{ parameter_key: 'p', value: 1 }],
      artifacts: [
        {
          artifact_key: 'metrics',
          type: 'OUTPUT',
          artifacts: [
            { name: 'acc', type: 'Metric', number_value: 0.9 },
            { name: 'f1', type: 'Metric', number_value: 0.8 },
          ],
        },
        {
          artifact_key: 'report',
          artifacts: [{ name: 'report', type: 'HTML', uri: 'minio://mlpipeline/r.html' }],
        },
        { artifact_key: 'broken' },
        'nonsense',
      ],
    };
    expect(
      artifactsFromTaskOutputs(outputs).map((artifact) => [
        artifact.outputKey,
        artifact.name,
        artifact.kind,
      ]),
    ).toEqual([
      ['metrics', 'acc', 'metrics'],
      ['metrics', 'f1', 'metrics'],
      ['report', 'report', 'html'],
    ]);
  });

  it('answers nothing for missing outputs', () => {
    expect(artifactsFromTaskOutputs(undefined)).toEqual([]);
    expect(artifactsFromTaskOutputs({ artifacts: 'x' })).toEqual([]);
  });
});

describe('artifactTitle and unwrapValue', () => {
  it('prefers display_name, then name, then output key', () => {
    expect(artifactTitle({ name: 'n', kind: 'other', metadata: { display_name: 'shown' } })).toBe(
      'shown',
    );
    expect(artifactTitle({ name: 'n', kind: 'other', metadata: {} })).toBe('n');
    expect(artifactTitle({ name: '', outputKey: 'k', kind: 'other', metadata: {} })).toBe('k');
    expect(artifactTitle({ name: '', kind: 'other', metadata: {} })).toBe('artifact');
  });

  it('unwraps {struct} and {list}, nested, and leaves other objects alone', () => {
    expect(unwrapValue({ struct: { a: 1 } })).toEqual({ a: 1 });
    expect(unwrapValue({ list: [1] })).toEqual([1]);
    expect(unwrapValue({ struct: { list: [2] } })).toEqual([2]);
    expect(unwrapValue({ struct: 1, other: 2 })).toEqual({ struct: 1, other: 2 });
  });
});
