import { graphFromYaml } from './src/features/graph/model/spec-to-graph.ts';
import { visibleGraph } from './src/features/graph/model/visible-graph.ts';
import { defaultExpansion } from './src/features/graph/model/default-expansion.ts';
import { computeLayout, layoutInput } from './src/features/graph/model/layout.ts';
import { quickLayout } from './src/features/graph/model/quick-layout.ts';
import { wideV1PipelineYaml } from './emulator/seed/large-pipelines-v1.ts';
import { widePipelineYaml } from './emulator/seed/large-pipelines.ts';
for (const [name, yaml] of [['v1-300', wideV1PipelineYaml()], ['v2-300', widePipelineYaml(10, 20, 100)], ['v1-150', wideV1PipelineYaml(10, 15)]] as const) {
  const r = graphFromYaml(yaml);
  if (!r.ok) throw new Error(r.error);
  const vis = visibleGraph(r.graph, new Set(), {});
  const input = layoutInput(vis);
  let t = performance.now();
  const q = quickLayout(input);
  const tq = performance.now() - t;
  t = performance.now();
  const l = await computeLayout(input);
  console.log(name, input.nodes.length, 'quick', tq.toFixed(0), 'ms', q.width, 'x', q.height, ' elk', (performance.now() - t).toFixed(0), 'ms', l.width, 'x', l.height);
}
