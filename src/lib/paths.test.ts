import { describe, expect, it } from 'vitest';
import { paths, sectionOf, withNamespace } from './paths.ts';

describe('paths', () => {
  it('builds the stable routes', () => {
    expect(paths.pipelines()).toBe('/pipelines');
    expect(paths.pipeline('p1', { version: 'v2' })).toBe('/pipelines/p1?version=v2');
    expect(paths.pipelineUpload()).toBe('/pipelines/upload');
    expect(paths.experiments()).toBe('/experiments');
    expect(paths.experiment('e1')).toBe('/experiments/e1');
    expect(paths.experimentNew()).toBe('/experiments/new');
    expect(paths.runs()).toBe('/runs');
    expect(paths.run('r1', { node: 'train', tab: 'logs' })).toBe('/runs/r1?node=train&tab=logs');
    expect(paths.runNew({ experimentId: 'e1' })).toBe('/runs/new?experiment=e1');
    expect(paths.recurringRuns()).toBe('/recurring-runs');
    expect(paths.recurringRun('rr1')).toBe('/recurring-runs/rr1');
    expect(paths.compare(['a', 'b'])).toBe('/compare?runs=a%2Cb');
    expect(paths.authCallback()).toBe('/auth/callback');
  });

  it('keeps the namespace as ?ns=', () => {
    expect(paths.runs({ ns: 'kubeflow-alice' })).toBe('/runs?ns=kubeflow-alice');
    expect(paths.run('r1', { tab: 'graph', ns: 'kubeflow-alice' })).toBe(
      '/runs/r1?tab=graph&ns=kubeflow-alice',
    );
    expect(paths.section('recurring-runs', { ns: 'x' })).toBe('/recurring-runs?ns=x');
    expect(paths.pipelines({ ns: undefined })).toBe('/pipelines');
  });

  it('encodes ids', () => {
    expect(paths.run('a/b?c')).toBe('/runs/a%2Fb%3Fc');
  });

  it('replaces the namespace of any href, keeping the rest', () => {
    expect(withNamespace('/runs/r1?tab=logs#L10', 'kubeflow-bob')).toBe(
      '/runs/r1?tab=logs&ns=kubeflow-bob#L10',
    );
    expect(withNamespace('/runs?ns=a&page=2', 'b')).toBe('/runs?ns=b&page=2');
    expect(withNamespace('/runs?ns=a', undefined)).toBe('/runs');
  });

  it('knows the section of a pathname', () => {
    expect(sectionOf('/runs/abc')).toBe('runs');
    expect(sectionOf('/recurring-runs')).toBe('recurring-runs');
    expect(sectionOf('/compare')).toBe('runs');
    expect(sectionOf('/nowhere')).toBeUndefined();
  });
});
