import type { Condition } from '../expression.ts';
import type { WalkContext } from '../walk-context.ts';
import type { StorageRoot } from './artifacts.ts';
import type { CacheLookup } from './cache.ts';
import type { IrPipeline } from './spec.ts';
import type { V2Info } from './types.ts';
import type { JsonObject } from '../../lib/json.ts';

export interface IrContext extends WalkContext<V2Info> {
  readonly pipeline: IrPipeline;
  /** The Kubernetes platform spec's executors (`platforms.kubernetes.deploymentSpec.executors`). */
  readonly platformExecutors?: JsonObject;
  readonly storage: StorageRoot;
  readonly conditions: ReadonlyMap<string, Condition>;
  /** Bytes of artifacts produced so far in this plan, by URI (inputs of later tasks). */
  readonly artifactBytes: Map<string, Uint8Array>;
  readObject(bucket: string, key: string): Uint8Array | undefined;
  /** KFP's cache: the earlier execution a task reuses (decided when the run was created). */
  readonly cache: CacheLookup;
}

/** Where a task sits: its parent's plan key, the scope path, and the enclosing loop iteration. */
export interface Place {
  readonly parentKey: string;
  readonly scopePath: string;
  readonly iteration?: number;
}
