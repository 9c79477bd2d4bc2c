import { Archive } from 'lucide-react';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { describeError } from '@/lib/kfp/errors.ts';
import { tryParseStorageUri } from '@/lib/kfp/storage-uri.ts';
import type { ArchivedFrom } from '../api/log-queries.ts';
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
  /** `YYYY-MM-DD` of the run: where the UI server finds Argo's archive of a gone pod's log. */
  readonly createdAt?: string | undefined;
  /** v1 runs: the Argo node whose `main-logs` artifact is read when the UI server finds no log. */
  readonly archiveNodeId?: string | undefined;
  /** v2 runs: the step's `executor-logs` output (a storage URI), read when the UI server finds no log. */
  readonly logFileUri?: string | undefined;
  /** The task is still running: the log is read again every few seconds and follow mode is offered. */
  readonly running: boolean;
}

/** The log of one task's pod, read through the KFP UI server, with distinct loading, missing and error states. */
export function PodLogViewer({
  podName,
  namespace,
  runId,
  createdAt,
  archiveNodeId,
  logFileUri,
  running,
  ...urlProps
}: PodLogViewerProps) {
  const logFile = logFileUri === undefined ? undefined : tryParseStorageUri(logFileUri);
  const query = usePodLog(
    { podName, namespace, runId, ...(createdAt ? { createdAt } : {}) },
    running,
    {
      ...(archiveNodeId === undefined ? {} : { archiveNodeId }),
      ...(logFile === undefined ? {} : { logFile: { ...logFile, namespace } }),
    },
  );
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
      {log.archived ? <ArchivedNotice podName={podName} from={log.archived} /> : null}
      <LogViewer {...urlProps} text={log.text} podName={podName} running={running} />
    </div>
  );
}

const archivedText: Readonly<Record<ArchivedFrom, (podName: string) => string>> = {
  server: (podName) =>
    `Kubernetes no longer has the pod ${podName}, so the UI server read this log from the archive Argo wrote when the step ended.`,
  artifact: (podName) =>
    `The pod ${podName} is gone and the UI server had no log for it: this is the run's main-logs artifact, archived by Argo when the step ended.`,
  'executor-logs': (podName) =>
    `The pod ${podName} is gone and the UI server had no log for it: this is the step's executor-logs output, which KFP's launcher uploaded when the step ended.`,
};

/** Says that the log shown is the copy archived when the step ended, and how the dashboard knows. */
function ArchivedNotice({ podName, from }: { podName: string; from: ArchivedFrom }) {
  return (
    <p className={styles.archived} role="note" aria-label="Archived log">
      <Archive size={16} aria-hidden="true" />
      <span>
        <strong>Archived copy.</strong> {archivedText[from](podName)}
      </span>
    </p>
  );
}
