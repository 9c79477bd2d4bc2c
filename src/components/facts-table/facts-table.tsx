import type { ReactNode } from 'react';

export type Fact = readonly [label: string, value: ReactNode];

/** A two-column table of labelled facts (label as the row header); the caller's class styles it. */
export function FactsTable({
  rows,
  className,
}: {
  readonly rows: readonly Fact[];
  readonly className?: string | undefined;
}) {
  return (
    <table className={className}>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
