import { useState } from 'react';
import type { GraphNode, IoSpec, NodeExecution, RunArtifact, RunParameter } from '@/features/graph';
import { tryParseStorageUri } from '@/features/visualizations';
import { ArtifactPreview } from '../shared/artifact-preview.tsx';
import styles from './run-details.module.css';

function ParameterTable({
  label,
  runtime,
  declared,
}: {
  label: string;
  runtime: readonly RunParameter[];
  declared: readonly IoSpec[];
}) {
  const params = declared.filter((io) => io.kind === 'parameter');
  const names = [...new Set([...runtime.map((p) => p.name), ...params.map((p) => p.name)])];
  if (names.length === 0) return null;
  return (
    <section className={styles.section} aria-label={label}>
      <h3>{label}</h3>
      <table className={styles.table}>
        <tbody>
          {names.map((name) => {
            const value = runtime.find((p) => p.name === name)?.value;
            const spec = params.find((p) => p.name === name);
            return (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td className={styles.mono}>
                  {value ?? (
                    <span className={styles.muted}>
                      {spec?.value ?? spec?.defaultValue ?? 'not set yet'}
                    </span>
                  )}
                  {spec?.type ? <span className={styles.muted}> · {spec.type}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

function ArtifactRow({
  artifact,
  namespace,
}: {
  artifact: RunArtifact;
  namespace: string | undefined;
}) {
  const [open, setOpen] = useState(false);
  const previewable = artifact.uri !== undefined && tryParseStorageUri(artifact.uri) !== undefined;
  return (
    <tr>
      <th scope="row">{artifact.name}</th>
      <td>
        <div className={styles.mono}>
          {artifact.uri ??
            (artifact.artifactId ? `artifact ${artifact.artifactId}` : 'no location')}
        </div>
        {artifact.type ? <div className={styles.muted}>{artifact.type}</div> : null}
        {previewable ? (
          <button
            type="button"
            className="btn btn--ghost"
            aria-expanded={open}
            onClick={() => setOpen(!open)}
          >
            {open ? 'Hide preview' : 'Preview'}
          </button>
        ) : null}
        {open && artifact.uri !== undefined ? (
          <ArtifactPreview
            uri={artifact.uri}
            namespace={namespace}
            className={styles.preview}
            inlineError
          />
        ) : null}
      </td>
    </tr>
  );
}

function ArtifactTable({
  label,
  artifacts,
  namespace,
}: {
  label: string;
  artifacts: readonly RunArtifact[];
  namespace: string | undefined;
}) {
  if (artifacts.length === 0) return null;
  return (
    <section className={styles.section} aria-label={label}>
      <h3>{label}</h3>
      <table className={styles.table}>
        <tbody>
          {artifacts.map((a, index) => (
            <ArtifactRow key={`${a.name}-${index}`} artifact={a} namespace={namespace} />
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** Parameters with their values (declared ones show what feeds them until the task runs) and artifacts with previews. */
export function NodeIo({
  node,
  execution,
  namespace,
}: {
  node: GraphNode;
  execution: NodeExecution | undefined;
  namespace: string | undefined;
}) {
  const inputs = execution?.inputs ?? [];
  const outputs = execution?.outputs ?? [];
  const hasAny =
    inputs.length +
      outputs.length +
      (execution?.inputArtifacts.length ?? 0) +
      (execution?.outputArtifacts.length ?? 0) +
      node.details.inputs.length +
      node.details.outputs.length >
    0;
  if (!hasAny) return <p className={styles.muted}>This step has no inputs or outputs.</p>;
  return (
    <div>
      <ParameterTable label="Input parameters" runtime={inputs} declared={node.details.inputs} />
      <ParameterTable label="Output parameters" runtime={outputs} declared={node.details.outputs} />
      <ArtifactTable
        label="Input artifacts"
        artifacts={execution?.inputArtifacts ?? []}
        namespace={namespace}
      />
      <ArtifactTable
        label="Output artifacts"
        artifacts={execution?.outputArtifacts ?? []}
        namespace={namespace}
      />
    </div>
  );
}
