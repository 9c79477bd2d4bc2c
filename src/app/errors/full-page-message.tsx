import type { ReactNode } from 'react';
import './full-page-message.css';

/** A message that stands alone, before the app shell exists: bad config, signing in, startup failures. */
export function FullPageMessage({
  title,
  children,
  tone = 'info',
}: {
  readonly title: string;
  readonly children?: ReactNode;
  readonly tone?: 'info' | 'error';
}) {
  return (
    <main className="full-page-message">
      <title>{`${title} · Kubeflow Pipelines`}</title>
      <div
        className={`full-page-message__card full-page-message__card--${tone}`}
        role={tone === 'error' ? 'alert' : 'status'}
      >
        <h1>{title}</h1>
        {children}
      </div>
    </main>
  );
}
