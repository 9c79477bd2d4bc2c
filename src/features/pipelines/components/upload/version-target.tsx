import { useQuery } from '@tanstack/react-query';
import { GitBranchPlus } from 'lucide-react';
import { Link } from 'react-router';
import { ErrorState } from '@/components/states';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import { paths } from '@/lib/paths.ts';
import { uploadQueries } from '../../api/upload-queries.ts';
import styles from './upload.module.css';

/** Which pipeline the new version goes to (`?pipeline=`), with a way back to uploading a new pipeline. */
export function VersionTarget({
  pipelineId,
  namespace,
}: {
  readonly pipelineId: string;
  readonly namespace: string | undefined;
}) {
  const pipeline = useQuery(uploadQueries(useKfpClient()).pipeline(pipelineId));
  if (pipeline.isError) {
    const { title, message } = describeError(pipeline.error);
    return (
      <ErrorState
        inline
        title={`Cannot add a version: ${title.toLowerCase()}`}
        message={message}
        onRetry={() => void pipeline.refetch()}
        retrying={pipeline.isFetching}
      />
    );
  }
  const name = pipeline.data ? pipeline.data.display_name || pipeline.data.name : undefined;
  return (
    <div className={styles.target} role="status">
      <GitBranchPlus size={18} aria-hidden />
      {name === undefined ? (
        <span>Loading the pipeline…</span>
      ) : (
        <span>
          A new version of <Link to={paths.pipeline(pipelineId, { ns: namespace })}>{name}</Link>.{' '}
          <Link to={paths.pipelineUpload({ ns: namespace })}>Upload a new pipeline instead</Link>
        </span>
      )}
    </div>
  );
}
