import styles from './compare.module.css';

/** The "differs" cue of a row header: a ≠ sign for the eye, words for screen readers. */
export function DiffersMark({ differs }: { readonly differs: boolean }) {
  if (!differs) return null;
  return (
    <>
      <span className={styles.mark} aria-hidden="true">
        ≠
      </span>
      <span className="visually-hidden">(differs) </span>
    </>
  );
}
