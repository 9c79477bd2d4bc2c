import type { Plan } from './plan.ts';
import type { JsonObject } from '../lib/json.ts';

/** What the engine needs from a spec dialect (KFP v2 IR, Argo Workflow of kfp 1.x). */
export interface Flavor<I> {
  readonly kind: 'v1' | 'v2';
  /** The Argo workflow name of the run: its pod names and Argo object keys start with it. */
  readonly workflowName: string;
  /**
   * Evaluates one attempt of the run from `notBefore`, reusing what succeeded in `previous` (a
   * retried run). Never throws: a bad spec yields a plan whose root failed with the reason.
   */
  walk(runAttempt: number, notBefore: number, previous: Plan<I> | undefined): Plan<I>;
  /** The wire view at moment t (wall ms after creation). */
  project(plan: Plan<I>, t: number): Projected;
}

export interface Projected {
  readonly tasks: readonly JsonObject[];
  readonly taskDetails: readonly JsonObject[];
  /** The Argo Workflow as a JSON string, made when first asked for (it can be large). */
  readonly workflowManifest?: () => string;
}
