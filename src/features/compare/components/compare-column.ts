import type { RuntimeState } from '@/lib/kfp/wire/common.ts';
import type { CompareParameter } from '../model/parameter-diff.ts';

export interface CompareLink {
  readonly label: string;
  readonly href: string;
}

/** One run of the comparison as the route resolved it: still loading, failed, or loaded. */
export type CompareColumn =
  | { readonly status: 'loading'; readonly runId: string }
  | {
      readonly status: 'error';
      readonly runId: string;
      readonly title: string;
      readonly message: string;
      readonly onRetry?: () => void;
    }
  | {
      readonly status: 'ready';
      readonly runId: string;
      readonly name: string;
      readonly href: string;
      readonly state: RuntimeState;
      /** Creation to end; undefined while the run is going. */
      readonly duration: string | undefined;
      readonly experiment: CompareLink | undefined;
      /** Its experiment's id: the add-runs picker offers that experiment's runs. */
      readonly experimentId?: string | undefined;
      /** The pipeline and version the run ran (undefined for an inline spec). */
      readonly pipeline: CompareLink | undefined;
      /** Which pipeline: runs of different pipelines are still compared, with a note. */
      readonly pipelineId: string | undefined;
      readonly parameters: readonly CompareParameter[];
      /** The parameter names its pipeline declares; undefined when the spec is not known. */
      readonly declared: readonly string[] | undefined;
    };

export type ReadyColumn = Extract<CompareColumn, { status: 'ready' }>;

export function readyColumns(columns: readonly CompareColumn[]): ReadyColumn[] {
  return columns.filter((column): column is ReadyColumn => column.status === 'ready');
}
