import { useId } from 'react';
import { DateTime } from '@/components/data-table';
import type { Page } from '@/lib/kfp/wire/list.ts';
import type { PipelineVersion } from '@/lib/kfp/wire/pipeline.ts';
import { versionLabel } from '../../model/pipeline-detail.ts';
import { DeleteVersionButton } from './delete-actions.tsx';
import styles from './pipeline-details.module.css';

export interface VersionBarProps {
  readonly pipelineId: string;
  readonly pipelineName: string;
  /** The newest versions (the switcher's options). */
  readonly options: Page<PipelineVersion>;
  readonly selectedId: string;
  /** The selected version once loaded (it may be older than the options). */
  readonly selected: PipelineVersion | undefined;
  readonly onSelect: (versionId: string) => void;
  /** After the selected version was deleted. */
  readonly onSelectedDeleted: () => void;
}

/** The version switcher (its choice lives in `?version=`), what the version is, and "Delete version". */
export function VersionBar({
  pipelineId,
  pipelineName,
  options,
  selectedId,
  selected,
  onSelect,
  onSelectedDeleted,
}: VersionBarProps) {
  const id = useId();
  const listed = options.items.some((version) => version.pipeline_version_id === selectedId);
  const latestId = options.items[0]?.pipeline_version_id;
  return (
    <div className={styles.versionBar}>
      <label htmlFor={id}>Version</label>
      <select
        id={id}
        className={`input ${styles.versionSelect}`}
        value={selectedId}
        onChange={(event) => onSelect(event.target.value)}
      >
        {listed ? null : (
          <option value={selectedId}>{selected ? versionLabel(selected) : selectedId}</option>
        )}
        {options.items.map((version) => (
          <option key={version.pipeline_version_id} value={version.pipeline_version_id}>
            {versionLabel(version)}
            {version.pipeline_version_id === latestId ? ' (latest)' : ''}
          </option>
        ))}
      </select>
      {options.total_size > options.items.length ? (
        <span className={styles.muted}>
          newest {options.items.length} of {options.total_size}; older ones are in the table below
        </span>
      ) : null}
      {selected ? (
        <span className={styles.versionMeta}>
          uploaded <DateTime value={selected.created_at} />
          {selected.description ? ` · ${selected.description}` : ''}
        </span>
      ) : null}
      {selected ? (
        <DeleteVersionButton
          pipelineId={pipelineId}
          versionId={selectedId}
          versionName={versionLabel(selected)}
          pipelineName={pipelineName}
          onDeleted={onSelectedDeleted}
        />
      ) : null}
    </div>
  );
}
