import { graphFromSpec } from '../spec-to-graph.ts';

/** A v2 sweep pipeline (prepare, then train in a loop) and two times, for the overlay tests. */

const container = { executorLabel: 'exec-train' };
/** A v2 IR spec: `prepare`, then a parameter loop over `train`. */
const pipelineSpec = {
  pipelineInfo: { name: 'sweep' },
  schemaVersion: '2.1.0',
  components: {
    'comp-prepare': container,
    'comp-train': container,
    'comp-for-loop-1': {
      dag: {
        tasks: { train: { taskInfo: { name: 'train' }, componentRef: { name: 'comp-train' } } },
      },
      inputDefinitions: {
        parameters: { 'pipelinechannel--lrs-loop-item': { parameterType: 'NUMBER_DOUBLE' } },
      },
    },
  },
  deploymentSpec: { executors: { 'exec-train': { container: { image: 'python:3.11' } } } },
  root: {
    dag: {
      tasks: {
        prepare: { taskInfo: { name: 'prepare' }, componentRef: { name: 'comp-prepare' } },
        'for-loop-1': {
          taskInfo: { name: 'for-loop-1' },
          componentRef: { name: 'comp-for-loop-1' },
          dependentTasks: ['prepare'],
          parameterIterator: {
            itemInput: 'pipelinechannel--lrs-loop-item',
            items: { raw: '[0.1, 0.2, 0.3, 0.4]' },
          },
        },
      },
    },
  },
};

export function graph() {
  const result = graphFromSpec(pipelineSpec);
  if (!result.ok) throw new Error(result.error);
  return result.graph;
}

export const t0 = '2026-01-01T10:00:00Z';
export const t1 = '2026-01-01T10:01:00Z';
