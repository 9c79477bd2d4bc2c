import type { RunEvent } from './run-engine.ts';
import type { JsonObject } from '../lib/json.ts';

/**
 * What the store keeps: plain JSON records, one per resource. Times are epoch milliseconds (the
 * wire shows whole seconds, like KFP's *InSec columns). Specs are kept once each, by content hash.
 */
export type StorageState = 'AVAILABLE' | 'ARCHIVED';

export interface PipelineRecord {
  readonly id: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  /** '' = shared. */
  readonly namespace: string;
  readonly createdAtMs: number;
  readonly tags: Readonly<Record<string, string>>;
}

export interface VersionRecord {
  readonly id: string;
  readonly pipelineId: string;
  readonly name: string;
  readonly displayName: string;
  readonly description: string;
  readonly createdAtMs: number;
  readonly codeSourceUrl: string;
  readonly packageUrl: string;
  readonly tags: Readonly<Record<string, string>>;
  /** Hash of the pipeline_spec in the spec table. */
  readonly specHash: string;
  /** The uploaded file as text (served by the v1beta1 templates calls). */
  readonly template: string;
}

export interface ExperimentRecord {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly namespace: string;
  readonly createdAtMs: number;
  readonly storageState: StorageState;
  readonly lastRunCreatedAtMs?: number;
  /** The server's default experiment (single-user mode): it cannot be deleted. */
  readonly isDefault?: boolean;
}

/** Where a run's or recurring run's spec came from. */
export type PipelineSource =
  | {
      readonly kind: 'version';
      readonly pipelineId: string;
      readonly pipelineVersionId: string;
      readonly specHash: string;
    }
  | { readonly kind: 'spec'; readonly specHash: string };

export interface RunRecord {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly experimentId: string;
  readonly namespace: string;
  readonly storageState: StorageState;
  readonly source: PipelineSource;
  readonly parameters: JsonObject;
  readonly pipelineRoot: string;
  readonly serviceAccount: string;
  readonly createdAtMs: number;
  readonly recurringRunId: string;
  /** Terminate/retry events, in order; with the spec they are all the engine needs to restore the run. */
  readonly events: readonly RunEvent[];
  /** KFP cache hits decided at creation (RunStart.cache). */
  readonly cache?: JsonObject;
}

export type Trigger =
  | {
      readonly kind: 'cron';
      readonly cron: string;
      readonly startTime?: string;
      readonly endTime?: string;
    }
  | {
      readonly kind: 'periodic';
      readonly intervalSecond: string;
      readonly startTime?: string;
      readonly endTime?: string;
    };

export interface RecurringRunRecord {
  readonly id: string;
  readonly displayName: string;
  readonly description: string;
  readonly experimentId: string;
  readonly namespace: string;
  /** A version reference without a version id means "always the latest version". */
  readonly source:
    | { readonly kind: 'version'; readonly pipelineId: string; readonly pipelineVersionId: string }
    | { readonly kind: 'spec'; readonly specHash: string };
  readonly parameters: JsonObject;
  readonly pipelineRoot: string;
  readonly serviceAccount: string;
  /** int64 as a decimal string. */
  readonly maxConcurrency: string;
  readonly trigger?: Trigger;
  readonly enabled: boolean;
  readonly noCatchup: boolean;
  readonly createdAtMs: number;
  readonly updatedAtMs: number;
  /** The last schedule time the scheduler has handled (absent until the first trigger). */
  readonly lastTriggeredAtMs?: number;
}

export interface SpecRecord {
  /** sha256 of the canonical JSON. */
  readonly id: string;
  readonly spec: JsonObject;
}
