import styles from './data-table.module.css';

/** One line of secondary text (a description) cut with an ellipsis; the whole text on hover. */
export function TruncatedText({ text }: { readonly text: string }) {
  return (
    <span className={styles.truncated} title={text || undefined}>
      {text || '–'}
    </span>
  );
}
