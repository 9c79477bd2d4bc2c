import { useParams } from 'react-router';
import { PendingPage } from '../layout/pending-page.tsx';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

export function Component() {
  const { recurringRunId = '' } = useParams();
  return (
    <PendingPage
      section="recurring-runs"
      title="Recurring run details"
      subject={recurringRunId}
      arrivesWith="Recurring run details"
    />
  );
}
