import { describe, expect, it } from 'vitest';
import { readArtifact, readEvent, readExecution } from './read-messages.ts';
import { outputTasks } from './run-views.ts';
import { artifact, event, execution } from './testing/fixtures.ts';

describe('outputTasks', () => {
  it('lists container executions that wrote artifacts, labelled with their loop iteration', () => {
    const dag = 'system.DAGExecution';
    const executions = [
      execution({ id: 1, type: dag }),
      execution({ id: 2, type: dag, taskName: 'loop', parentDagId: 1, iterationCount: 2 }),
      execution({ id: 3, type: dag, taskName: 'loop', parentDagId: 2, iterationIndex: 1 }),
      execution({ id: 4, taskName: 'train', displayName: 'Train', parentDagId: 3 }),
      execution({ id: 5, taskName: 'idle', parentDagId: 1 }),
    ].map((e) => readExecution(e));
    const artifacts = [
      readArtifact(artifact({ id: 9, type: 'system.Metrics', metadata: { acc: 0.5 } })),
    ];
    const events = [readEvent(event('OUTPUT', 4, 9, 'metrics'))];
    expect(outputTasks({ contextId: '1', executions, artifacts, events })).toEqual([
      {
        executionId: '4',
        label: 'Train #1',
        outputs: {
          parameters: [],
          artifacts: [
            {
              artifact_key: 'metrics',
              artifacts: [
                {
                  artifact_id: '9',
                  name: 'metrics',
                  type: 'system.Metrics',
                  uri: '',
                  metadata: { acc: 0.5 },
                },
              ],
            },
          ],
        },
      },
    ]);
  });
});
