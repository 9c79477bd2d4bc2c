import { useParams } from 'react-router';
import { PendingPage } from '../layout/pending-page.tsx';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

export function Component() {
  const { experimentId = '' } = useParams();
  return (
    <PendingPage section="experiments" title="Experiment details" subject={experimentId} arrivesWith="Experiment details" />
  );
}
