import { useId } from 'react';
import { volumeFacts, type MountedVolume } from '../../model/node-facts.ts';
import type { NodeDetails } from '../../model/graph-model.ts';
import styles from './node-panel.module.css';

/** What is known of the step's pod's volumes (the run page reads the pod; the pipeline page has none). */
export type PodVolumes =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly volumes: readonly MountedVolume[] }
  | { readonly status: 'unavailable'; readonly message: string };

/** The node's volumes: claim, mount path and read-only, from its spec and (run page) its pod. */
export function VolumeTable({
  details,
  pod,
}: {
  readonly details: NodeDetails;
  readonly pod?: PodVolumes | undefined;
}) {
  const headingId = useId();
  const rows = volumeFacts(details, pod?.status === 'ready' ? pod.volumes : undefined);
  if (rows.length === 0) return null;
  const withPod = pod !== undefined;
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h3 id={headingId}>Volumes</h3>
      <table className={`${styles.io} ${styles.volumes}`} aria-label="Volumes of the step">
        <thead>
          <tr>
            <th scope="col">Volume</th>
            <th scope="col">Claim</th>
            <th scope="col">Mount path</th>
            <th scope="col">Read only</th>
            {withPod ? <th scope="col">Seen in</th> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={`${row.volume}-${row.mountPath ?? ''}-${String(index)}`}>
              <td>
                <code>{row.volume}</code>
              </td>
              <td>{row.claim === undefined ? '–' : <code>{row.claim}</code>}</td>
              <td>{row.mountPath === undefined ? '–' : <code>{row.mountPath}</code>}</td>
              <td>{row.readOnly ? 'yes' : 'no'}</td>
              {withPod ? <td>{row.seenIn}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
      {pod?.status === 'loading' ? (
        <p className={styles.muted}>Reading the pod's volumes…</p>
      ) : null}
      {pod?.status === 'unavailable' ? (
        <p className={styles.muted}>From the spec only: {pod.message}</p>
      ) : null}
    </section>
  );
}
