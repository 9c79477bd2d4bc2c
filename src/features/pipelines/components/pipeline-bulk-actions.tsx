import { GitBranchPlus } from 'lucide-react';
import { Link } from 'react-router';
import { paths } from '@/lib/paths.ts';
import type { PipelineRow } from '../model/pipeline-list-state.ts';
import { PipelineDeleteButton } from './pipeline-delete-button.tsx';

export interface PipelineBulkActionsProps {
  readonly selected: readonly PipelineRow[];
  readonly namespace: string | undefined;
  readonly onDone: () => void;
}

/** "Upload version" (exactly one pipeline selected) and "Delete" (with the cascade question). */
export function PipelineBulkActions({ selected, namespace, onDone }: PipelineBulkActionsProps) {
  const [only] = selected;
  return (
    <>
      {selected.length === 1 && only !== undefined ? (
        <Link className="btn" to={paths.pipelineUpload({ pipelineId: only.id, ns: namespace })}>
          <GitBranchPlus size={16} aria-hidden="true" />
          Upload version
        </Link>
      ) : (
        <button type="button" className="btn" disabled title="Select exactly one pipeline">
          <GitBranchPlus size={16} aria-hidden="true" />
          Upload version
        </button>
      )}
      <PipelineDeleteButton
        selected={selected.map((p) => ({ id: p.id, name: p.name }))}
        onDone={onDone}
      />
    </>
  );
}
