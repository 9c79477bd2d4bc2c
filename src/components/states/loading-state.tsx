import { LoaderCircle } from 'lucide-react';
import styles from './states.module.css';

/** A region that is waiting for data. Announced politely to screen readers. */
export function LoadingState({ label = 'Loading…' }: { readonly label?: string }) {
  return (
    <div className={styles.state} role="status" aria-live="polite">
      <LoaderCircle className={styles.spin} aria-hidden="true" />
      <p className={styles.message}>{label}</p>
    </div>
  );
}
