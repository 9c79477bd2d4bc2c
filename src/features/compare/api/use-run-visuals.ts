import type { UseQueryResult } from '@tanstack/react-query';
import { describeError } from '@/lib/kfp/errors.ts';
import type { RunVisual, RunVisuals } from '../components/side-by-side.tsx';
import type { RunOutput } from '../model/run-outputs.ts';
import type { LoadedRun } from './use-compare-runs.ts';
/** A visualization: its kind and, when it has one, its own title. */
export interface VisualConfig {
  readonly type: string;
  readonly title?: string | undefined;
}

/** One output's visualizations to read: a v1 pod's or a v2 task's. */
export type VisualTarget =
  | { readonly kind: 'v1'; readonly runId: string; readonly nodeId: string }
  | {
      readonly kind: 'v2';
      readonly runId: string;
      readonly taskId: string;
      readonly outputs: unknown;
    };

/** The visualizations feature's reads, passed in by the route. Pass one stable object. */
export interface VisualsSources<Config extends VisualConfig> {
  /** Whether a v2 task's outputs have anything to draw. */
  readonly hasV2Visuals: (outputs: unknown) => boolean;
  /** A hook: each target's visualizations (the run page's queries, so they are shared with it). */
  readonly useVisuals: (
    targets: readonly VisualTarget[],
    namespace: string | undefined,
  ) => readonly UseQueryResult<{ readonly configs: readonly Config[] }>[];
  /** The title a visualization without its own is shown with. */
  readonly defaultTitle: (config: Config) => string;
}

/** An output with something to draw: v2 tasks with viewable artifacts, v1 pods with ui-metadata. */
function drawable(output: RunOutput, hasV2Visuals: (outputs: unknown) => boolean): boolean {
  return output.kind === 'v1' ? output.uiMetadata : hasV2Visuals(output.outputs);
}

/**
 * Loads the viewers of every output of the runs (the same queries as the run page, so they are
 * shared with it), grouped per run in the runs' order. Mount it only when it is about to be seen.
 */
export function useRunViewers<Config extends VisualConfig>(
  runs: readonly LoadedRun[],
  namespace: string | undefined,
  sources: VisualsSources<Config>,
): RunVisuals<Config>[] {
  const targets = runs.flatMap((loaded, runIndex) =>
    (loaded.outputs ?? [])
      .filter((output) => drawable(output, sources.hasV2Visuals))
      .map((output) => ({ runIndex, runId: loaded.run.run_id, output })),
  );
  const results = sources.useVisuals(
    targets.map(({ runId, output }): VisualTarget =>
      output.kind === 'v1'
        ? { kind: 'v1', runId, nodeId: output.nodeId }
        : { kind: 'v2', runId, taskId: output.taskId, outputs: output.outputs },
    ),
    namespace,
  );
  return runs.map((loaded, runIndex): RunVisuals<Config> => {
    if (loaded.outputsPending) return { status: 'loading' };
    if (loaded.outputs === undefined)
      return {
        status: 'error',
        message: loaded.outputsError ?? 'This KFP server does not list task outputs on runs.',
      };
    const items: RunVisual<Config>[] = [];
    for (const [index, target] of targets.entries()) {
      if (target.runIndex !== runIndex) continue;
      const result = results[index];
      if (result === undefined || result.isPending) return { status: 'loading' };
      if (result.isError)
        return {
          status: 'error',
          message: `${target.output.label}: ${describeError(result.error).message}`,
        };
      const seen = new Map<string, number>();
      for (const config of result.data.configs) {
        const title = config.title ?? sources.defaultTitle(config);
        const base = `${target.output.label}\u0000${config.type}\u0000${title}`;
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        items.push({
          key: count === 1 ? base : `${base}\u0000${String(count)}`,
          title: `${target.output.label} › ${title}`,
          value: config,
        });
      }
    }
    return { status: 'ready', items };
  });
}
