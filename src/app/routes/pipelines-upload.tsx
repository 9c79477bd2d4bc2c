import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router';
import { UploadPipelineForm, uploadQueries } from '@/features/pipelines/components/upload';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { paths } from '@/lib/paths.ts';
import { PageHeader, type Crumb } from '../layout/page-header.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';
import { checkPipelineSpec } from './pipelines-upload-check.ts';

export { RouteErrorBoundary as ErrorBoundary } from '../errors/route-error-boundary.tsx';

/** `/pipelines/upload` (a new pipeline) and `/pipelines/upload?pipeline=ID` (a new version of it). */
export function Component() {
  const { namespace, multiUser } = useNamespace();
  const pipelineId = useSearchParams()[0].get('pipeline') || undefined;
  const pipeline = useQuery({
    ...uploadQueries(useKfpClient()).pipeline(pipelineId ?? ''),
    enabled: pipelineId !== undefined,
  });
  const pipelineName = pipeline.data
    ? pipeline.data.display_name || pipeline.data.name
    : pipelineId;

  const crumbs: Crumb[] = [{ label: 'Pipelines', to: paths.pipelines({ ns: namespace }) }];
  if (pipelineId !== undefined)
    crumbs.push({
      label: pipelineName ?? pipelineId,
      to: paths.pipeline(pipelineId, { ns: namespace }),
    });
  crumbs.push({ label: pipelineId === undefined ? 'Upload' : 'New version' });
  return (
    <div className="page">
      <PageHeader
        title={pipelineId === undefined ? 'Upload a pipeline' : 'Upload a new version'}
        breadcrumbs={crumbs}
        description="Compiled with the KFP SDK, v1 (an Argo Workflow) or v2 (pipeline spec)."
      />
      <UploadPipelineForm
        checkSpec={checkPipelineSpec}
        namespace={namespace}
        multiUser={multiUser}
        pipelineId={pipelineId}
      />
    </div>
  );
}
