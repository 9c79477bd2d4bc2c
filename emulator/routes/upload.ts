import { Hono } from 'hono';
import { checkUploadNamespace } from '../http/access.ts';
import { bodyLimitError, maxUploadBodyBytes } from '../http/body-limit.ts';
import { uploadError } from '../http/error-response.ts';
import { ApiError, GrpcCode, badRequest } from '../lib/errors.ts';
import type { AppContext, AppEnv, RouteDeps } from '../http/env.ts';
import {
  maxPipelineFileBytes,
  nameFromFile,
  readPipelineFile,
  tooLargeError,
} from '../http/pipeline-file.ts';
import { parsePipelineText } from '../store/pipeline-spec.ts';
import { toApiPipeline, toApiPipelineVersion } from '../http/wire.ts';
import { toV1Pipeline, toV1PipelineVersion } from '../http/wire-v1.ts';
import {
  createPipelineWithVersion,
  createVersion,
  getPipeline,
  type NewVersion,
} from '../store/pipeline-ops.ts';

interface UploadedFile {
  readonly name: string;
  readonly template: string;
  readonly spec: NewVersion['spec'];
}

/** Multipart field `uploadfile`, size-limited, read and parsed like the server's ReadPipelineFile. */
async function readUpload(c: AppContext): Promise<UploadedFile> {
  // The body's size is bounded while it streams (http/body-limit.ts, for every route that reads an upload).
  let form: Record<string, string | File | (string | File)[]>;
  try {
    form = await c.req.parseBody({ all: true });
  } catch (error) {
    const tooLarge = bodyLimitError(error, maxUploadBodyBytes);
    if (tooLarge) throw tooLarge;
    throw badRequest('Failed to read pipeline from file: the request is not multipart/form-data');
  }
  const field = form.uploadfile;
  const file = Array.isArray(field) ? field[0] : field;
  if (!(file instanceof File))
    throw badRequest(
      'Failed to read pipeline from file: the multipart field "uploadfile" is missing',
    );
  if (file.size > maxPipelineFileBytes) throw tooLargeError();
  const template = readPipelineFile(file.name, new Uint8Array(await file.arrayBuffer()));
  return { name: file.name, template, spec: parsePipelineText(template).spec };
}

function tagsOf(c: AppContext): Record<string, string> {
  const raw = c.req.query('tags');
  if (raw === undefined || raw === '') return {};
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    parsed = undefined;
  }
  if (
    typeof parsed !== 'object' ||
    parsed === null ||
    Array.isArray(parsed) ||
    !Object.values(parsed).every((v) => typeof v === 'string')
  ) {
    throw badRequest(
      'Failed to parse tags query parameter. Expected JSON object with string keys and values',
    );
  }
  return Object.fromEntries(
    Object.entries(parsed).filter((e): e is [string, string] => typeof e[1] === 'string'),
  );
}

/** The upload handlers answer errors with `{error_message, error_details}`; a denied namespace is a 400 there. */
function uploadFailure(c: AppContext, error: unknown): Response {
  if (!(error instanceof ApiError)) throw error;
  if (error.grpcCode === GrpcCode.PermissionDenied) {
    return uploadError(c, badRequest(`pipeline upload denied: ${error.message}`));
  }
  return uploadError(c, error);
}

/** POST …/pipelines/upload and …/pipelines/upload_version, in v2beta1 and v1beta1. */
export function uploadRoutes(deps: RouteDeps): Hono<AppEnv> {
  const { store } = deps;
  // KFP 2.17's upload handlers (backend/src/apiserver/server/pipeline_upload_server.go at 2.17.0)
  // read no `code_source_url`: a released server ignores it on a file upload. KFP master reads it
  // (CodeSourceURLQueryStringKey, kubeflow/pipelines #13590, unreleased) and keeps it.
  const codeSourceUrlOf = (c: AppContext) =>
    deps.runApi === 'next' ? (c.req.query('code_source_url') ?? '') : '';
  const app = new Hono<AppEnv>();

  for (const api of ['v2beta1', 'v1beta1'] as const) {
    app.post(`/apis/${api}/pipelines/upload`, async (c) => {
      try {
        const namespace = deps.multiUser ? (c.req.query('namespace') ?? '') : '';
        checkUploadNamespace(c, namespace, 'pipelines');
        const file = await readUpload(c);
        const name = c.req.query('name') || c.req.query('display_name') || nameFromFile(file.name);
        const displayName = c.req.query('display_name') || name;
        const description = c.req.query('description') ?? '';
        const created = createPipelineWithVersion(
          store,
          { name, displayName, description, namespace, tags: tagsOf(c) },
          {
            name,
            displayName,
            description,
            codeSourceUrl: codeSourceUrlOf(c),
            packageUrl: '',
            tags: {},
            spec: file.spec,
            template: file.template,
          },
          deps.now(),
        );
        if (api === 'v2beta1') return c.json(toApiPipeline(created.pipeline));
        // The v1beta1 upload handler answers the older api.Pipeline (no default_version, no references).
        const {
          default_version: _version,
          resource_references: _references,
          ...v1
        } = toV1Pipeline(created.pipeline, created.version, store);
        return c.json(v1);
      } catch (error) {
        return uploadFailure(c, error);
      }
    });

    app.post(`/apis/${api}/pipelines/upload_version`, async (c) => {
      try {
        const pipelineId = c.req.query('pipelineid') ?? '';
        if (pipelineId === '')
          throw badRequest(
            'Failed to create a pipeline version: the query parameter "pipelineid" is required',
          );
        let pipeline;
        try {
          pipeline = getPipeline(store, pipelineId);
        } catch {
          throw badRequest(
            `Failed to create a pipeline version: pipeline ${JSON.stringify(pipelineId)} not found`,
          );
        }
        checkUploadNamespace(c, pipeline.namespace, 'pipelineversions');
        const file = await readUpload(c);
        const name = c.req.query('name') || c.req.query('display_name') || nameFromFile(file.name);
        const version = createVersion(
          store,
          pipeline.id,
          {
            name,
            displayName: c.req.query('display_name') || name,
            description: c.req.query('description') ?? '',
            codeSourceUrl: codeSourceUrlOf(c),
            packageUrl: '',
            tags: tagsOf(c),
            spec: file.spec,
            template: file.template,
          },
          deps.now(),
        );
        if (api === 'v2beta1') return c.json(toApiPipelineVersion(version, store, deps.runApi));
        const { description: _description, ...v1 } = toV1PipelineVersion(version, store);
        return c.json(v1);
      } catch (error) {
        return uploadFailure(c, error);
      }
    });
  }
  return app;
}
