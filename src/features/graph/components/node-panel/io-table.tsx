import type { IoSpec as PanelIo } from '../../model/graph-model.ts';
import styles from './node-panel.module.css';

function describeIo(io: PanelIo): string {
  const type = io.type ?? io.kind;
  return io.isList ? `list of ${type}` : type;
}

/** Inputs or outputs with their types, defaults and (inputs) what the task feeds in. */
export function IoTable({
  title,
  items,
}: {
  readonly title: string;
  readonly items: readonly PanelIo[];
}) {
  if (items.length === 0) return null;
  const withValues = items.some((io) => io.value !== undefined || io.defaultValue !== undefined);
  return (
    <section className={styles.section}>
      <h3>{title}</h3>
      <table className={styles.io} aria-label={title}>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            {withValues ? <th scope="col">Value / default</th> : null}
          </tr>
        </thead>
        <tbody>
          {items.map((io) => (
            <tr key={`${io.kind}-${io.name}`} title={io.description}>
              <td>
                <code>{io.name}</code>
                {io.optional ? <span className={styles.muted}> (optional)</span> : null}
              </td>
              <td>{describeIo(io)}</td>
              {withValues ? (
                <td>
                  {io.value === undefined ? null : <code>{io.value}</code>}
                  {io.defaultValue === undefined ? null : (
                    <span className={styles.muted}>
                      {io.value === undefined ? '' : ' · '}default <code>{io.defaultValue}</code>
                    </span>
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
