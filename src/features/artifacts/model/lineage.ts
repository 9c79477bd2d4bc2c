import type { ArtifactDetail, ExecutionDetail } from '@/lib/mlmd/records.ts';
import { executionLabel, shortType } from './record-labels.ts';

/** A neighbour in the lineage: an artifact or execution, and the input/output name that links it. */
export interface LineageNode {
  readonly kind: 'artifact' | 'execution';
  readonly id: string;
  readonly label: string;
  readonly type: string;
  /** The event's input or output name ('' when the event has none). */
  readonly via: string;
}

export interface Lineage {
  readonly upstream: readonly LineageNode[];
  readonly downstream: readonly LineageNode[];
}

/** An artifact's producers (OUTPUT events) upstream and consumers (INPUT events) downstream. */
export function lineageOfArtifact(detail: ArtifactDetail): Lineage {
  const node = ({ execution, event }: ArtifactDetail['producers'][number]): LineageNode => ({
    kind: 'execution',
    id: execution.id,
    label: executionLabel(execution),
    type: shortType(execution.type),
    via: event.name,
  });
  return { upstream: detail.producers.map(node), downstream: detail.consumers.map(node) };
}

/** An execution's input artifacts upstream and output artifacts downstream. */
export function lineageOfExecution(detail: ExecutionDetail): Lineage {
  const node = ({ artifact, event }: ExecutionDetail['inputs'][number]): LineageNode => ({
    kind: 'artifact',
    id: artifact.id,
    label: artifact.displayName || `Artifact ${artifact.id}`,
    type: shortType(artifact.type),
    via: event.name,
  });
  return { upstream: detail.inputs.map(node), downstream: detail.outputs.map(node) };
}
