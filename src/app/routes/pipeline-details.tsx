import { useParams } from 'react-router';
import { PendingPage } from '../layout/pending-page.tsx';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

export function Component() {
  const { pipelineId = '' } = useParams();
  return <PendingPage section="pipelines" title="Pipeline details" subject={pipelineId} arrivesWith="Pipeline details" />;
}
