import { useQuery } from '@tanstack/react-query';
import { ArrowRight, ChevronDown, ChevronRight } from 'lucide-react';
import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ErrorState } from '@/components/states';
import { TextPlaceholder } from '@/components/data-table';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { paths } from '@/lib/paths.ts';
import type { RecordKind } from '../api/record-keys.ts';
import { recordQueries } from '../api/record-queries.ts';
import { describeMetadataError } from '../model/metadata-failure.ts';
import { lineageOfArtifact, lineageOfExecution, type LineageNode } from '../model/lineage.ts';
import styles from './lineage.module.css';

type Direction = 'up' | 'down';

function NodeLink({ node, namespace }: { node: LineageNode; namespace: string | undefined }) {
  const to =
    node.kind === 'artifact'
      ? paths.artifact(node.id, { ns: namespace })
      : paths.execution(node.id, { ns: namespace });
  return (
    <Link to={to} className={styles.nodeLink}>
      <span className={styles.kind}>{node.kind === 'artifact' ? 'Artifact' : 'Execution'}</span>
      <span className={styles.label}>{node.label}</span>
      <span className={styles.detail}>
        {node.via === '' ? node.type : `${node.via} · ${node.type}`}
      </span>
    </Link>
  );
}

/** The next hop of a neighbour, read when it is expanded. */
function NextHop({
  node,
  direction,
  namespace,
  id,
}: {
  node: LineageNode;
  direction: Direction;
  namespace: string | undefined;
  id: string;
}) {
  const queries = recordQueries(useKfpClient());
  const artifact = useQuery({ ...queries.artifact(node.id), enabled: node.kind === 'artifact' });
  const execution = useQuery({ ...queries.execution(node.id), enabled: node.kind === 'execution' });
  const query = node.kind === 'artifact' ? artifact : execution;
  const lineage =
    node.kind === 'artifact'
      ? artifact.data && lineageOfArtifact(artifact.data)
      : execution.data && lineageOfExecution(execution.data);
  const label = direction === 'up' ? `What ${node.label} came from` : `What used ${node.label}`;
  if (query.isError)
    return (
      <div id={id}>
        <ErrorState
          inline
          {...describeMetadataError(query.error)}
          onRetry={() => void query.refetch()}
        />
      </div>
    );
  if (!lineage)
    return (
      <div id={id} className={styles.nextHop}>
        <TextPlaceholder label={`Loading ${label.toLowerCase()}…`} />
      </div>
    );
  const next = direction === 'up' ? lineage.upstream : lineage.downstream;
  return (
    <ul id={id} className={styles.nextHop} aria-label={label}>
      {next.length === 0 ? (
        <li className={styles.none}>
          {direction === 'up' ? 'Nothing upstream' : 'Nothing downstream'}
        </li>
      ) : (
        next.map((hop) => (
          <li key={`${hop.kind}-${hop.id}-${hop.via}`}>
            <NodeLink node={hop} namespace={namespace} />
          </li>
        ))
      )}
    </ul>
  );
}

function Neighbour({
  node,
  direction,
  namespace,
}: {
  node: LineageNode;
  direction: Direction;
  namespace: string | undefined;
}) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const Icon = open ? ChevronDown : ChevronRight;
  return (
    <li className={styles.card}>
      <NodeLink node={node} namespace={namespace} />
      <button
        type="button"
        className={`btn btn--ghost ${styles.expand}`}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        onClick={() => setOpen(!open)}
      >
        <Icon size={16} aria-hidden="true" />
        {direction === 'up' ? 'Show its inputs' : 'Show its outputs'}
        <span className="visually-hidden"> ({node.label})</span>
      </button>
      {open ? <NextHop node={node} direction={direction} namespace={namespace} id={id} /> : null}
    </li>
  );
}

function Column({
  title,
  nodes,
  direction,
  namespace,
  empty,
}: {
  title: string;
  nodes: readonly LineageNode[];
  direction: Direction;
  namespace: string | undefined;
  empty: string;
}) {
  const headingId = useId();
  return (
    <section className={styles.column} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      {nodes.length === 0 ? (
        <p className={styles.none}>{empty}</p>
      ) : (
        <ul className={styles.list}>
          {nodes.map((node) => (
            <Neighbour
              key={`${node.kind}-${node.id}-${node.via}`}
              node={node}
              direction={direction}
              namespace={namespace}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

export interface LineageViewProps {
  readonly kind: RecordKind;
  readonly label: string;
  readonly type: string;
  readonly upstream: readonly LineageNode[];
  readonly downstream: readonly LineageNode[];
  readonly namespace: string | undefined;
}

/**
 * One hop of lineage each way (ML Metadata events): for an artifact its producer and consumers, for
 * an execution its input and output artifacts; each neighbour can show one hop more. Links and
 * disclosure buttons only, so it reads and works from the keyboard and a screen reader.
 */
export function LineageView({
  kind,
  label,
  type,
  upstream,
  downstream,
  namespace,
}: LineageViewProps) {
  return (
    <div className={styles.lineage}>
      <Column
        title={kind === 'artifact' ? 'Produced by' : 'Inputs'}
        nodes={upstream}
        direction="up"
        namespace={namespace}
        empty={
          kind === 'artifact'
            ? 'No execution wrote it (imported or external).'
            : 'No input artifacts.'
        }
      />
      <ArrowRight className={styles.arrow} aria-hidden="true" />
      <div className={styles.center} aria-label={`This ${kind}`} role="group">
        <span className={styles.kind}>{kind === 'artifact' ? 'Artifact' : 'Execution'}</span>
        <strong className={styles.label}>{label}</strong>
        <span className={styles.detail}>{type}</span>
      </div>
      <ArrowRight className={styles.arrow} aria-hidden="true" />
      <Column
        title={kind === 'artifact' ? 'Used by' : 'Outputs'}
        nodes={downstream}
        direction="down"
        namespace={namespace}
        empty={kind === 'artifact' ? 'No execution read it yet.' : 'No output artifacts.'}
      />
    </div>
  );
}
