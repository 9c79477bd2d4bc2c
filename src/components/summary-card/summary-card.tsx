import type { Fact } from '../facts-table';
import styles from './summary-card.module.css';

export interface SummaryCardProps {
  /** The card's accessible name ("Pipeline summary"). */
  readonly label: string;
  /** Free text shown above the facts, line breaks kept; nothing when empty. */
  readonly description?: string | undefined;
  /** Label/value pairs laid out as a grid of small labelled cells. */
  readonly facts: readonly Fact[];
}

/** The summary at the top of a details page: a description and a grid of labelled facts. */
export function SummaryCard({ label, description = '', facts }: SummaryCardProps) {
  return (
    <section className={styles.card} aria-label={label}>
      {description === '' ? null : <p className={styles.description}>{description}</p>}
      <dl className={styles.facts}>
        {facts.map(([name, value]) => (
          <div key={name}>
            <dt>{name}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
