import { useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState } from '@/components/states';
import { ARTIFACT_PREVIEW_BYTES, viewerQueries } from '@/features/visualizations';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';

export interface ArtifactPreviewProps {
  readonly uri: string;
  readonly namespace: string | undefined;
  readonly className: string | undefined;
  /** The error inline (in a list of artifacts) rather than as a block. */
  readonly inlineError?: boolean;
  /** What an empty file says (absent: an empty preview). */
  readonly emptyNote?: React.ReactNode;
}

/** The first bytes of an artifact's file, read through the UI server's artifacts/get. */
export function ArtifactPreview({
  uri,
  namespace,
  className,
  inlineError = false,
  emptyNote,
}: ArtifactPreviewProps) {
  const client = useKfpClient();
  const query = useQuery(viewerQueries(client).preview(uri, namespace));
  if (query.isPending) return <LoadingState label="Loading a preview…" />;
  if (query.isError)
    return (
      <ErrorState
        inline={inlineError}
        title="Could not preview the artifact"
        message={describeError(query.error).message}
        onRetry={() => void query.refetch()}
      />
    );
  if (query.data.text === '' && emptyNote !== undefined) return emptyNote;
  return (
    <pre className={className} aria-label={`Preview of ${uri}`}>
      {query.data.text}
      {query.data.truncated ? `\n… (first ${ARTIFACT_PREVIEW_BYTES} bytes)` : ''}
    </pre>
  );
}
