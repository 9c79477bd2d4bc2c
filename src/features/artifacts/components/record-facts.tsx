import type { ReactNode } from 'react';
import type { JsonObject, JsonValue } from '@/lib/mlmd/types.ts';
import styles from './records.module.css';

export type Fact = readonly [label: string, value: ReactNode];

/** Labelled facts of a record (label as the row header). */
export function Facts({ label, rows }: { readonly label: string; readonly rows: readonly Fact[] }) {
  return (
    <table className={styles.facts} aria-label={label}>
      <tbody>
        {rows.map(([name, value]) => (
          <tr key={name}>
            <th scope="row">{name}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function valueText(value: JsonValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value, null, 2);
}

/** A JSON object's entries as a table (parameters, properties); nested values as formatted JSON. */
export function JsonTable({
  title,
  values,
  empty,
}: {
  readonly title: string;
  readonly values: JsonObject;
  readonly empty: string;
}) {
  const entries = Object.entries(values).sort(([a], [b]) => a.localeCompare(b));
  return (
    <section className={styles.section} aria-label={title}>
      <h2>{title}</h2>
      {entries.length === 0 ? (
        <p className={styles.muted}>{empty}</p>
      ) : (
        <table className={styles.facts}>
          <tbody>
            {entries.map(([name, value]) => {
              const text = valueText(value);
              return (
                <tr key={name}>
                  <th scope="row">{name}</th>
                  <td>
                    {text.includes('\n') || text.length > 120 ? (
                      <pre className={styles.json}>{text}</pre>
                    ) : (
                      <span className={styles.mono}>{text}</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
