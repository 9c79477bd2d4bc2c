import { describe, expect, it } from 'vitest';
import {
  hasV2Viewers,
  isUiMetadataName,
  visualizationsFromV2Artifacts,
} from './from-v2-artifacts.ts';
import { readV2Artifact, type V2Artifact } from './v2-artifact.ts';

function artifact(value: Record<string, unknown>, outputKey?: string): V2Artifact {
  const read = readV2Artifact(value, outputKey);
  if (!read) throw new Error('not an artifact');
  return read;
}

describe('visualizationsFromV2Artifacts: files', () => {
  it('system.HTML and system.Markdown → sources to load from their URI', () => {
    const result = visualizationsFromV2Artifacts([
      artifact({
        name: 'page',
        type: 'HTML',
        uri: 'minio://mlpipeline/v2/artifacts/page.html',
        metadata: { display_name: 'Report' },
      }),
      artifact({ name: 'notes', type: 'system.Markdown', uri: 'gs://b/notes.md' }),
    ]);
    expect(result.sources).toEqual([
      {
        type: 'web-app',
        title: 'Report',
        content: {
          storage: 'uri',
          uri: 'minio://mlpipeline/v2/artifacts/page.html',
          location: { source: 'minio', bucket: 'mlpipeline', key: 'v2/artifacts/page.html' },
        },
      },
      {
        type: 'markdown',
        title: 'notes',
        content: {
          storage: 'uri',
          uri: 'gs://b/notes.md',
          location: { source: 'gcs', bucket: 'b', key: 'notes.md' },
        },
      },
    ]);
    expect(result.configs).toEqual([]);
  });

  it('a file artifact without a usable URI is an error config', () => {
    const result = visualizationsFromV2Artifacts([
      artifact({ name: 'page', type: 'HTML' }),
      artifact({ name: 'notes', type: 'Markdown', uri: '/tmp/notes.md' }),
    ]);
    expect(result.configs).toEqual([
      {
        type: 'error',
        outputType: 'web-app',
        message: 'web-app: the artifact has no URI',
        title: 'page',
      },
      {
        type: 'error',
        outputType: 'markdown',
        message:
          'markdown: "/tmp/notes.md" is not a storage URI (expected gs://, minio://, s3://, http(s)://, or volume://)',
        title: 'notes',
      },
    ]);
  });

  it('an artifact named mlpipeline-ui-metadata → a v1 metadata file to read', () => {
    const result = visualizationsFromV2Artifacts([
      artifact({
        name: 'mlpipeline_ui_metadata',
        type: 'system.Artifact',
        uri: 's3://b/meta.json',
      }),
      artifact({ name: 'x', type: 'Artifact', uri: 's3://b/y' }, 'MLPipeline UI Metadata'),
      artifact({ name: 'mlpipeline-ui-metadata', type: 'Artifact' }),
      artifact({ name: 'dataset', type: 'Dataset', uri: 's3://b/data.csv' }),
    ]);
    expect(result.uiMetadata).toEqual([
      {
        title: 'mlpipeline_ui_metadata',
        location: { source: 's3', bucket: 'b', key: 'meta.json' },
      },
      { title: 'x', location: { source: 's3', bucket: 'b', key: 'y' } },
    ]);
    expect(result.configs).toEqual([
      {
        type: 'error',
        outputType: 'ui metadata',
        message: 'ui metadata: the artifact has no URI',
        title: 'mlpipeline-ui-metadata',
      },
    ]);
  });

  it('hasV2Viewers: a kfp 2 `mlpipeline_ui_metadata` output counts, a model or dataset alone does not', () => {
    const model = artifact({ name: 'model', type: 'Model', uri: 's3://b/m' });
    const dataset = artifact({ name: 'data', type: 'Dataset', uri: 's3://b/d' });
    expect(hasV2Viewers([model, dataset])).toBe(false);
    expect(
      hasV2Viewers([model, artifact({ name: 'mlpipeline_ui_metadata', type: 'Artifact' })]),
    ).toBe(true);
    expect(
      hasV2Viewers([artifact({ name: 'x', type: 'Artifact' }, 'mlpipeline_ui_metadata')]),
    ).toBe(true);
    expect(hasV2Viewers([artifact({ name: 'report', type: 'HTML', uri: 's3://b/r' })])).toBe(true);
  });

  it('isUiMetadataName', () => {
    expect(isUiMetadataName('mlpipeline-ui-metadata')).toBe(true);
    expect(isUiMetadataName('mlpipeline-ui-metadata-2')).toBe(false);
  });
});
