import { useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { Pipeline } from '@/lib/kfp/wire/pipeline.ts';
import { createRunQueries } from '../../api/create-run-queries.ts';
import styles from './run-form.module.css';
import { SearchPicker } from './search-picker.tsx';

export interface PipelineSectionProps {
  readonly namespace: string | undefined;
  readonly pipelineId: string;
  readonly versionId: string;
  readonly recurring: boolean;
  readonly useLatestVersion: boolean;
  /** The version a clone's source ran, to offer the latest one when it is stale. */
  readonly cloneVersionId: string | undefined;
  readonly errors: {
    readonly pipeline?: string | undefined;
    readonly version?: string | undefined;
  };
  readonly onPipeline: (pipeline: Pipeline) => void;
  readonly onVersion: (versionId: string) => void;
  readonly onUseLatest: (useLatest: boolean) => void;
}

const dateOf = (iso: string | undefined) => (iso ? new Date(iso).toLocaleString() : undefined);

/** Pipeline and version pickers, "always use the latest version" for recurring runs, the stale-clone offer. */
export function PipelineSection(props: PipelineSectionProps) {
  const { namespace, pipelineId, versionId, recurring, useLatestVersion, cloneVersionId, errors } =
    props;
  const queries = createRunQueries(useKfpClient());
  const [shared, setShared] = useState(true);
  const pipeline = useQuery(queries.pipeline(pipelineId));
  const version = useQuery(queries.version(pipelineId, versionId));
  const latest = useQuery(queries.latestVersion(pipelineId));
  const latestVersion = latest.data ?? undefined;
  const stale =
    cloneVersionId !== undefined &&
    latestVersion !== undefined &&
    versionId === cloneVersionId &&
    latestVersion.pipeline_version_id !== cloneVersionId;

  return (
    <fieldset className={styles.section}>
      <legend className={styles.legend}>Pipeline</legend>
      <SearchPicker
        key={pipelineId}
        label="Pipeline"
        selectedId={pipelineId}
        selectedName={pipeline.data ? pipeline.data.display_name || pipeline.data.name : undefined}
        query={(search) => queries.pipelines(shared ? undefined : namespace, search)}
        idOf={(p) => p.pipeline_id}
        nameOf={(p) => p.display_name || p.name}
        detailOf={(p) => p.description || undefined}
        onSelect={props.onPipeline}
        error={errors.pipeline}
        header={
          namespace !== undefined && (
            <div className={styles.inline} role="radiogroup" aria-label="Pipeline scope">
              <label className={styles.inline}>
                <input
                  type="radio"
                  name="pipeline-scope"
                  checked={shared}
                  onChange={() => setShared(true)}
                />{' '}
                Shared
              </label>
              <label className={styles.inline}>
                <input
                  type="radio"
                  name="pipeline-scope"
                  checked={!shared}
                  onChange={() => setShared(false)}
                />{' '}
                Private to {namespace}
              </label>
            </div>
          )
        }
      />
      {pipelineId !== '' && recurring && (
        <label className={styles.inline}>
          <input
            type="checkbox"
            checked={useLatestVersion}
            onChange={(event) => props.onUseLatest(event.target.checked)}
          />
          Always use the latest version of the pipeline
        </label>
      )}
      {pipelineId !== '' && !(recurring && useLatestVersion) && (
        <SearchPicker
          key={`${pipelineId}/${versionId}`}
          label="Version"
          selectedId={versionId}
          selectedName={version.data ? version.data.display_name || version.data.name : undefined}
          query={(search) => queries.versions(pipelineId, search)}
          idOf={(v) => v.pipeline_version_id}
          nameOf={(v) => v.display_name || v.name}
          detailOf={(v) => dateOf(v.created_at)}
          onSelect={(v) => props.onVersion(v.pipeline_version_id)}
          error={errors.version}
        />
      )}
      {stale && (
        <p className={styles.notice} role="status">
          The cloned run used an older version of this pipeline; the latest is “
          {latestVersion.display_name || latestVersion.name}”.{' '}
          <button
            type="button"
            className="btn"
            onClick={() => props.onVersion(latestVersion.pipeline_version_id)}
          >
            Use the latest version
          </button>
        </p>
      )}
    </fieldset>
  );
}
