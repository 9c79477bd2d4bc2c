import type { ReactNode } from 'react';
import { FactsTable, type Fact } from '@/components/facts-table';
import { SidePanel } from '@/components/side-panel';
import { StatusBadge } from '@/components/status-badge';
import type { ArtifactNode, PipelineGraph } from '../model/graph-model.ts';
import type { NodeRun } from '../model/run-state.ts';
import { ArtifactIcon } from './artifact-icon.tsx';
import { artifactTypeText } from './node-summary.ts';
import styles from './artifact-panel.module.css';

export interface ArtifactPanelProps {
  readonly graph: PipelineGraph;
  readonly artifact: ArtifactNode;
  /** In a run: the producer's overlay entry (`RunOverlay.nodes.get(artifact.producerId)`): state and the URIs it wrote. */
  readonly producerRun?: NodeRun | undefined;
  /** True on a run page: then a missing URI is said, not just left out. */
  readonly inRun?: boolean;
  readonly onSelectNode: (nodeId: string) => void;
  readonly onClose: () => void;
  readonly className?: string | undefined;
}

/** The URIs the producer's executions wrote for this output (one per loop iteration or retry), without repeats. */
export function artifactUris(artifact: ArtifactNode, producerRun: NodeRun | undefined): string[] {
  const uris = new Set<string>();
  for (const execution of producerRun?.executions ?? []) {
    for (const output of execution.outputArtifacts)
      if (output.name === artifact.name && output.uri !== undefined) uris.add(output.uri);
  }
  return [...uris];
}

function NodeLink({
  graph,
  nodeId,
  onSelectNode,
  suffix,
}: {
  readonly graph: PipelineGraph;
  readonly nodeId: string;
  readonly onSelectNode: (id: string) => void;
  readonly suffix?: string;
}) {
  const name = graph.nodes.get(nodeId)?.details.displayName ?? nodeId;
  return (
    <>
      <button type="button" className={styles.link} onClick={() => onSelectNode(nodeId)}>
        {name}
      </button>
      {suffix}
    </>
  );
}

/** The side panel of a selected artifact node: type, producer, consumers and, in a run, its state and URI. Only what the spec and the run say. */
export function ArtifactPanel({
  graph,
  artifact,
  producerRun,
  inRun = false,
  onSelectNode,
  onClose,
  className,
}: ArtifactPanelProps) {
  const { artifact: io } = artifact;
  const uris = artifactUris(artifact, producerRun);
  const rows: Fact[] = [
    ['Type', artifactTypeText(io)],
    [
      'Produced by',
      <NodeLink
        key="producer"
        graph={graph}
        nodeId={artifact.producerId}
        onSelectNode={onSelectNode}
        suffix={` (output ${io.name})`}
      />,
    ],
  ];
  if (artifact.consumers.length > 0) {
    const consumers: ReactNode = (
      <ul className={styles.list}>
        {artifact.consumers.map((consumer) => (
          <li key={consumer.nodeId}>
            <NodeLink
              graph={graph}
              nodeId={consumer.nodeId}
              onSelectNode={onSelectNode}
              suffix={` (input ${consumer.inputName})`}
            />
          </li>
        ))}
      </ul>
    );
    rows.push(['Consumed by', consumers]);
  } else {
    rows.push(['Consumed by', '–']);
  }
  if (io.description !== undefined) rows.push(['Description', io.description]);
  if (inRun) {
    rows.push([
      'State',
      producerRun ? <StatusBadge key="state" state={producerRun.state} /> : 'producer not started',
    ]);
    const uriText =
      uris.length === 0 ? (
        'not recorded for this run'
      ) : uris.length === 1 ? (
        <code>{uris[0]}</code>
      ) : (
        <ul className={styles.list}>
          {uris.map((uri) => (
            <li key={uri}>
              <code>{uri}</code>
            </li>
          ))}
        </ul>
      );
    rows.push([uris.length > 1 ? 'URIs' : 'URI', uriText]);
  }
  rows.push(['Node ID', <code key="id">{artifact.id}</code>]);
  return (
    <SidePanel
      label={`Artifact ${artifact.details.displayName}`}
      kind="Artifact"
      title={artifact.details.displayName}
      icon={<ArtifactIcon type={io.type} size={20} />}
      closeLabel="Close artifact panel"
      onClose={onClose}
      className={className}
    >
      <FactsTable rows={rows} className={styles.facts} />
    </SidePanel>
  );
}
