import styles from './data-table.module.css';

/** A short shimmering bar where a piece of text is still loading (e.g. a name from a lookup). */
export function TextPlaceholder({ label = 'Loading…' }: { readonly label?: string }) {
  return (
    <span className={styles.inlineSkeleton} role="img" aria-label={label}>
      <span className={styles.skeleton} />
    </span>
  );
}
