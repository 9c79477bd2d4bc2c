import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router';
import { paths, sectionOf, withNamespace } from '@/lib/paths.ts';
import { LoadingState } from '@/components/states';
import { AppError } from '../errors/app-error.tsx';
import { useNamespace } from './namespace-context.ts';

/** Renders the page only once the namespace is settled; otherwise says why not. */
export function NamespaceGate({ children }: { children: ReactNode }) {
  const { status, namespaces } = useNamespace();
  const location = useLocation();
  const here = `${location.pathname}${location.search}${location.hash}`;

  switch (status.kind) {
    case 'ready':
      return children;
    case 'loading':
      return <LoadingState label="Loading your namespaces…" />;
    case 'redirect':
      return <Navigate to={withNamespace(here, status.namespace)} replace />;
    case 'error':
      return (
        <div className="page">
          <AppError error={status.error} onRetry={status.retry} />
        </div>
      );
    case 'none-available':
      return (
        <div className="page">
          <div className="notice" role="alert">
            <h1 className="notice__title">No namespace yet</h1>
            <p>
              Your account has no Kubeflow namespace (profile) to work in. Ask your Kubeflow
              administrator to add you to one.
            </p>
          </div>
        </div>
      );
    case 'denied':
      return (
        <div className="page">
          <div className="notice" role="alert">
            <h1 className="notice__title">No access to namespace “{status.namespace}”</h1>
            <p>
              You are not a member of this namespace, so its pipelines, experiments and runs are not
              shown.
            </p>
            {namespaces.length > 0 && (
              <p>
                Your namespaces:{' '}
                {namespaces.map((ns, i) => (
                  <span key={ns}>
                    {i > 0 && ', '}
                    <Link to={paths.section(sectionOf(location.pathname) ?? 'pipelines', { ns })}>
                      {ns}
                    </Link>
                  </span>
                ))}
              </p>
            )}
          </div>
        </div>
      );
  }
}
