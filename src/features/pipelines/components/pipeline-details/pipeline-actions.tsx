import { FlaskConical, Play, Upload } from 'lucide-react';
import { Link } from 'react-router';
import { paths } from '@/lib/paths.ts';
import { DeletePipelineButton } from './delete-actions.tsx';

export interface PipelineActionsProps {
  readonly pipelineId: string;
  readonly name: string;
  /** The shown version; the links start from it. */
  readonly versionId: string | undefined;
  readonly versionCount: number | undefined;
  readonly namespace: string | undefined;
}

/** Create run / Create experiment (with the shown version), Upload version, Delete pipeline. */
export function PipelineActions({
  pipelineId,
  name,
  versionId,
  versionCount,
  namespace,
}: PipelineActionsProps) {
  return (
    <>
      <Link
        className="btn btn--primary"
        to={paths.runNew({ pipelineId, versionId, ns: namespace })}
      >
        <Play aria-hidden="true" size={16} />
        Create run
      </Link>
      <Link className="btn" to={paths.experimentNew({ pipelineId, versionId, ns: namespace })}>
        <FlaskConical aria-hidden="true" size={16} />
        Create experiment
      </Link>
      <Link className="btn" to={paths.pipelineUpload({ pipelineId, ns: namespace })}>
        <Upload aria-hidden="true" size={16} />
        Upload version
      </Link>
      <DeletePipelineButton
        pipelineId={pipelineId}
        name={name}
        versionCount={versionCount}
        namespace={namespace}
      />
    </>
  );
}
