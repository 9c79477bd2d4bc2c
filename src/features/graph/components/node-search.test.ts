import { describe, expect, it } from 'vitest';
import { emptyDetails, GraphBuilder } from '../model/graph-builder.ts';
import { searchNodes } from './node-search.ts';

function graph() {
  const builder = new GraphBuilder();
  builder.addTask('root/train-model', 'train-model', undefined, {
    ...emptyDetails('Train the model'),
    componentName: 'comp-train',
  });
  builder.addGroup('root/for-loop-1', 'for-loop-1', undefined, 'loop', emptyDetails('for-loop-1'));
  builder.addTask(
    'root/for-loop-1/eval',
    'eval',
    'root/for-loop-1',
    emptyDetails('Evaluate shard'),
  );
  builder.addTask('root/report', 'report', undefined, emptyDetails('Report'));
  builder.addArtifact('root/train-model', {
    name: 'model',
    kind: 'artifact',
    type: 'system.Model',
  });
  builder.addArtifact('root/for-loop-1/eval', {
    name: 'scores',
    kind: 'artifact',
    type: 'system.Metrics',
  });
  return builder.build({ source: 'v2', inputs: [] });
}

describe('searchNodes', () => {
  it('finds nodes by display name, task name or component name, in any case, in graph order', () => {
    expect(searchNodes(graph(), 'TRAIN')).toEqual(['root/train-model']);
    expect(searchNodes(graph(), 'comp-tr')).toEqual(['root/train-model']);
    expect(searchNodes(graph(), 'loop')).toEqual(['root/for-loop-1']);
    expect(searchNodes(graph(), 'e')).toEqual([
      'root/train-model',
      'root/for-loop-1/eval',
      'root/report',
    ]);
  });

  it('finds artifact nodes by name or type only when the canvas draws them, each right after its producer', () => {
    expect(searchNodes(graph(), 'model')).toEqual(['root/train-model']);
    expect(searchNodes(graph(), 'model', { artifacts: true })).toEqual([
      'root/train-model',
      'root/train-model/@model',
    ]);
    expect(searchNodes(graph(), 'metrics', { artifacts: true })).toEqual([
      'root/for-loop-1/eval/@scores',
    ]);
    expect(searchNodes(graph(), 'e', { artifacts: true })).toEqual([
      'root/train-model',
      'root/train-model/@model',
      'root/for-loop-1/eval',
      'root/for-loop-1/eval/@scores',
      'root/report',
    ]);
  });

  it('finds nothing for a blank query or a name that is not there', () => {
    expect(searchNodes(graph(), '   ')).toEqual([]);
    expect(searchNodes(graph(), 'deploy')).toEqual([]);
  });
});
