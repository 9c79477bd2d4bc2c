import { describe, expect, it } from 'vitest';
import { emptyDetails, GraphBuilder } from './graph-builder.ts';
import { defaultExpandedGroups, EXPAND_NODE_BUDGET } from './default-expansion.ts';
import { allGroupIds } from './graph-model.ts';
import { visibleGraph } from './visible-graph.ts';

/** `top` top-level tasks, then an exit handler holding a loop of `inLoop` tasks and a small condition. */
function graphOf(top: number, inLoop: number) {
  const builder = new GraphBuilder();
  const details = emptyDetails('');
  for (let i = 0; i < top; i += 1) builder.addTask(`t${i}`, `t${i}`, undefined, details);
  builder.addGroup('exit', 'exit', undefined, 'exit-handler', details);
  builder.addGroup('exit/loop', 'loop', 'exit', 'loop', details);
  for (let i = 0; i < inLoop; i += 1)
    builder.addTask(`exit/loop/l${i}`, `l${i}`, 'exit/loop', details);
  builder.addGroup('exit/cond', 'cond', 'exit', 'condition', details);
  builder.addTask('exit/cond/c', 'c', 'exit/cond', details);
  return builder.build({ source: 'v2', inputs: [] });
}

describe('defaultExpandedGroups', () => {
  it('opens everything in a small graph', () => {
    const graph = graphOf(3, 20);
    expect(defaultExpandedGroups(graph).sort()).toEqual(allGroupIds(graph).sort());
  });

  it('opens outer groups of a large graph while the drawing fits the budget, leaving a big loop closed', () => {
    const graph = graphOf(3, 500);
    expect(defaultExpandedGroups(graph).sort()).toEqual(['exit', 'exit/cond']);
    expect(visibleGraph(graph, defaultExpandedGroups(graph)).nodes.length).toBeLessThanOrEqual(
      EXPAND_NODE_BUDGET,
    );
  });

  it('opens nothing when the top level alone is over the budget', () => {
    expect(defaultExpandedGroups(graphOf(900, 100))).toEqual([]);
  });
});
