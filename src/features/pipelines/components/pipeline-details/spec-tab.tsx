import { useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { ErrorState, LoadingState } from '@/components/states';
import { describeError } from '@/lib/kfp/errors.ts';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import type { PipelineVersion } from '@/lib/kfp/wire/pipeline.ts';
import { pipelineDetailQueries } from '../../api/pipeline-detail-queries.ts';
import { specFlavor, specToYaml } from '../../model/pipeline-detail.ts';
import { SpecView } from './spec-view.tsx';

/** v1 (Argo) versions: the uploaded file, as the v1beta1 templates call returns it. */
function TemplateSpec({ version }: { readonly version: PipelineVersion }) {
  const client = useKfpClient();
  const query = useQuery(
    pipelineDetailQueries(client).template(version.pipeline_id, version.pipeline_version_id),
  );
  if (query.data !== undefined) return <SpecView text={query.data} label="Pipeline spec (YAML)" />;
  if (query.isError) {
    const error = describeError(query.error);
    return (
      <ErrorState
        title="Could not load the spec"
        message={error.message}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return <LoadingState label="Loading the spec…" />;
}

function IrSpec({ spec }: { readonly spec: NonNullable<PipelineVersion['pipeline_spec']> }) {
  const text = useMemo(() => specToYaml(spec), [spec]);
  return <SpecView text={text} label="Pipeline spec (YAML)" />;
}

/** The Spec tab (loaded lazily): the version's pipeline file as read-only YAML. */
export function SpecTab({ version }: { readonly version: PipelineVersion }) {
  // Without a spec in the answer the server's copy of the file is still worth asking for.
  if (version.pipeline_spec === undefined || specFlavor(version.pipeline_spec) === 'v1')
    return <TemplateSpec version={version} />;
  return <IrSpec spec={version.pipeline_spec} />;
}
