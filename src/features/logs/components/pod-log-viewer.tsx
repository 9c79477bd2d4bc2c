import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { describeError } from '@/lib/kfp/errors.ts';
import { usePodLog } from '../api/use-pod-log.ts';
import { LogViewer, type LogUrlProps } from './log-viewer.tsx';
import styles from './log-viewer.module.css';

export interface PodLogViewerProps extends LogUrlProps {
  /** The task's pod (from the run's task details or the Argo node). */
  readonly podName: string;
  /** The run's namespace (multi-user installs need it). */
  readonly namespace: string | undefined;
  /** Lets the UI server find the archived log once the pod is gone. */
  readonly runId: string | undefined;
  /** The task is still running: the log is read again every few seconds and follow mode is offered. */
  readonly running: boolean;
}

/** The log of one task's pod, read through the KFP UI server, with distinct loading, missing and error states. */
export function PodLogViewer({
  podName,
  namespace,
  runId,
  running,
  ...urlProps
}: PodLogViewerProps) {
  const query = usePodLog({ podName, namespace, runId }, running);
  const retry = () => void query.refetch();

  if (query.isPending) return <LoadingState label="Loading the log…" />;
  if (query.isLoadingError) {
    const problem = describeError(query.error);
    return (
      <ErrorState
        title={`Could not load the log: ${problem.title}`}
        message={problem.message}
        onRetry={retry}
        retrying={query.isFetching}
      />
    );
  }
  const log = query.data;
  if (log.kind === 'missing') {
    return running ? (
      <EmptyState
        title="Waiting for the pod"
        message={`The pod ${podName} has not started yet. Its log shows up here once it runs.`}
      />
    ) : (
      <EmptyState
        title="Log not available"
        message={`The pod ${podName} is gone and no archived log was found (the server said: ${log.message}).`}
        action={
          <button type="button" className="btn" onClick={retry} disabled={query.isFetching}>
            Check again
          </button>
        }
      />
    );
  }
  return (
    <div className={styles.frame}>
      {query.isRefetchError ? (
        <ErrorState
          inline
          title="Could not refresh the log"
          message={describeError(query.error).message}
          onRetry={retry}
          retrying={query.isFetching}
        />
      ) : null}
      <LogViewer {...urlProps} text={log.text} podName={podName} running={running} />
    </div>
  );
}
