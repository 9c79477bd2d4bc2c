import styles from './runs.module.css';

/**
 * Says that some names on the page were not looked up (the page keeps to its request budget) and
 * offers to look them up now.
 */
export function DeferredNames({
  count,
  onLoad,
}: {
  readonly count: number;
  readonly onLoad: () => void;
}) {
  return (
    <p className={styles.deferred} role="status">
      <span>
        {count} {count === 1 ? 'name is' : 'names are'} not loaded yet, to keep this page to 3
        requests.
      </span>
      <button type="button" className="btn btn--ghost" onClick={onLoad}>
        Load names
      </button>
    </p>
  );
}
