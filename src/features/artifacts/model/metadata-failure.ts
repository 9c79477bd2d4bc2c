import { ApiError, describeError } from '@/lib/kfp/errors.ts';

/**
 * Whether ML Metadata is not there at all: no `/ml_metadata` route (the gateway's or a server's 404,
 * which gRPC-web reads as UNIMPLEMENTED) or a service without the method. KFP master's native-tasks
 * API (`--run-api next`) has no MLMD.
 */
export function isNoMetadata(error: unknown): boolean {
  if (!(error instanceof ApiError)) return false;
  // A 404 of the HTTP exchange itself carries the method's URL; a gRPC NOT_FOUND (an unknown id)
  // carries the service's.
  return (
    error.status === 501 ||
    (error.status === 404 && /MetadataStoreService\/[A-Za-z]+$/.test(error.url))
  );
}

export const NO_METADATA = {
  title: 'This server has no ML Metadata',
  message:
    'Artifacts and executions are kept in ML Metadata, which released Kubeflow Pipelines 2.x serves under /ml_metadata. This server keeps v2 task outputs in its run API instead (tasks[]): open a run to see them.',
} as const;

/** Title and message of a failed ML Metadata call. */
export function describeMetadataError(error: unknown): { title: string; message: string } {
  if (isNoMetadata(error)) return NO_METADATA;
  const { title, message } = describeError(error);
  return { title: `ML Metadata: ${title.charAt(0).toLowerCase()}${title.slice(1)}`, message };
}
