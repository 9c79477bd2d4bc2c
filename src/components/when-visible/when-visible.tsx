import { useEffect, useRef, useState, type ReactNode } from 'react';
import { LoadingState } from '@/components/states';
import styles from './when-visible.module.css';

/** Renders its children once it has scrolled near the viewport, so what they load waits until then. */
export function WhenVisible({
  children,
  label,
}: {
  readonly children: ReactNode;
  readonly label: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const [seen, setSeen] = useState(() => typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (!element || seen) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setSeen(true);
      },
      { rootMargin: '200px' },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [seen]);
  return (
    <div ref={ref} className={styles.placeholder}>
      {seen ? children : <LoadingState label={`Waiting to load ${label}…`} />}
    </div>
  );
}
