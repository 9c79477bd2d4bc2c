import { taskCount, type PipelineGraph } from './graph-model.ts';

/**
 * Graphs up to this many tasks show their artifacts as nodes at first; above it the "Artifacts" toggle starts
 * off: it about doubles what is drawn, while the large-graph defaults (collapsed groups, quick layout) aim
 * to keep the first paint small, and the edge labels already say what flows.
 */
export const ARTIFACTS_DEFAULT_LIMIT = 50;

/** The URL parameter the routes keep the toggle in: `?artifacts=1` (on) or `?artifacts=0` (off); absent = the default rule. */
export const ARTIFACTS_PARAM = 'artifacts';

/** Whether artifact nodes are drawn when the URL does not say: on for a v2 graph with artifacts and at most `ARTIFACTS_DEFAULT_LIMIT` tasks. */
export function defaultShowArtifacts(graph: PipelineGraph): boolean {
  return graph.artifacts.size > 0 && taskCount(graph) <= ARTIFACTS_DEFAULT_LIMIT;
}

/** `?artifacts=` → the explicit choice, or undefined for anything else (the default rule then applies). */
export function parseArtifactsParam(value: string | null): boolean | undefined {
  if (value === '1') return true;
  if (value === '0') return false;
  return undefined;
}

/** The search params with the choice written in. */
export function artifactsParam(params: URLSearchParams, show: boolean): URLSearchParams {
  const next = new URLSearchParams(params);
  next.set(ARTIFACTS_PARAM, show ? '1' : '0');
  return next;
}
