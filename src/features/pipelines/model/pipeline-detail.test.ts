import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  parsePipelineTab,
  pipelineDeletionText,
  safeLink,
  selectedVersionId,
  specFlavor,
  specToYaml,
} from './pipeline-detail.ts';

describe('pipeline detail model', () => {
  it('says exactly what deleting a pipeline removes', () => {
    expect(pipelineDeletionText('adder', 2)).toBe('pipeline “adder” and its 2 versions');
    expect(pipelineDeletionText('adder', 1)).toBe('pipeline “adder” and its 1 version');
    expect(pipelineDeletionText('adder', 0)).toBe('pipeline “adder” (it has no versions)');
    expect(pipelineDeletionText('adder', undefined)).toBe('pipeline “adder” and all its versions');
  });

  it('tells Argo workflows (kfp 1.x) from v2 IR specs', () => {
    expect(specFlavor({ apiVersion: 'argoproj.io/v1alpha1', kind: 'Workflow' })).toBe('v1');
    expect(specFlavor({ pipelineInfo: { name: 'x' }, root: {} })).toBe('v2');
    expect(specFlavor({ pipeline_spec: { root: {} }, platform_spec: {} })).toBe('v2');
  });

  it('writes a v2 spec as YAML, a platform spec as its second document', () => {
    const spec = { pipelineInfo: { name: 'x' }, root: { dag: { tasks: {} } } };
    expect(parse(specToYaml(spec))).toEqual(spec);
    const pair = specToYaml({
      pipeline_spec: spec,
      platform_spec: { platforms: { kubernetes: {} } },
    });
    expect(pair.split('---\n').map((doc): unknown => parse(doc))).toEqual([
      spec,
      { platforms: { kubernetes: {} } },
    ]);
  });

  it('reads the tab and the version from the URL', () => {
    expect(parsePipelineTab('spec')).toBe('spec');
    expect(parsePipelineTab('nonsense')).toBe('graph');
    expect(parsePipelineTab(null)).toBe('graph');
    expect(selectedVersionId('v1', undefined)).toBe('v1');
    expect(selectedVersionId(null, undefined)).toBeUndefined();
  });

  it('links only http(s) source URLs', () => {
    expect(safeLink('https://github.com/x/y')).toBe('https://github.com/x/y');
    expect(safeLink('javascript:alert(1)')).toBeUndefined();
    expect(safeLink('gs://bucket/file')).toBeUndefined();
    expect(safeLink('not a url')).toBeUndefined();
  });
});
