import { useParams } from 'react-router';
import { PendingPage } from '../layout/pending-page.tsx';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

export function Component() {
  const { runId = '' } = useParams();
  return <PendingPage section="runs" title="Run details" subject={runId} arrivesWith="Run details" />;
}
