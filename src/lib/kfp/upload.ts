import { ParseError, type Parser } from '../parse/reader.ts';
import { kfpPath, type KfpClient, type KfpClientOptions, type Query } from './client.ts';
import {
  ApiError,
  NetworkError,
  SessionExpiredError,
  UnexpectedResponseError,
  parseErrorBody,
} from './errors.ts';
import type { UploadPipelineParams, UploadPipelineVersionParams } from './pipelines.ts';
import {
  parsePipeline,
  parsePipelineVersion,
  type Pipeline,
  type PipelineVersion,
} from './wire/pipeline.ts';
import {
  xhrTransport,
  type TransportResponse,
  type UploadProgress,
  type UploadTransport,
} from './upload-transport.ts';

/**
 * Pipeline uploads with progress. fetch cannot report upload progress, so the multipart calls go through
 * XMLHttpRequest — with the same rules as the one KFP client: the URL comes from `client.url()` (this
 * origin only), the bearer token from the same session, a 401 renews the token once, errors become ApiError.
 */

/** The auth half of the client's options: the same session's token and 401 handling. */
export type UploadAuth = Pick<KfpClientOptions, 'getToken' | 'onUnauthorized'>;

export interface UploadOptions {
  readonly onProgress?: (progress: UploadProgress) => void;
  readonly signal?: AbortSignal;
}

export interface Uploader {
  /** `POST /apis/v2beta1/pipelines/upload`: a new pipeline with its first version. */
  uploadPipeline(params: UploadPipelineParams, options?: UploadOptions): Promise<Pipeline>;
  /** `POST /apis/v2beta1/pipelines/upload_version`: a new version of an existing pipeline. */
  uploadPipelineVersion(
    params: UploadPipelineVersionParams,
    options?: UploadOptions,
  ): Promise<PipelineVersion>;
}

function formOf(file: File): FormData {
  const body = new FormData();
  body.append('uploadfile', file, file.name);
  return body;
}

export function createUploader(
  client: KfpClient,
  auth: UploadAuth,
  transport: UploadTransport = xhrTransport,
): Uploader {
  async function send<T>(
    path: string,
    query: Query,
    file: File,
    parse: Parser<T>,
    options: UploadOptions,
    retried = false,
  ): Promise<T> {
    const url = client.url(path, query).href;
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = await auth.getToken();
    if (token) headers.Authorization = `Bearer ${token}`;

    let response: TransportResponse;
    try {
      response = await transport({
        url,
        headers,
        body: formOf(file),
        signal: options.signal,
        onProgress: options.onProgress,
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw new NetworkError(url, error);
    }

    const ok = response.status >= 200 && response.status < 300;
    if (
      response.status === 401 ||
      response.redirected ||
      (ok && /\btext\/html\b/i.test(response.contentType))
    ) {
      if (!retried && (await auth.onUnauthorized()) === 'renewed')
        return send(path, query, file, parse, options, true);
      throw new SessionExpiredError(url);
    }
    if (!ok) {
      const { message, code } = parseErrorBody(response.body);
      throw new ApiError(
        response.status,
        message ?? (response.statusText || `HTTP ${response.status}`),
        code,
        url,
      );
    }
    try {
      return parse(JSON.parse(response.body), '');
    } catch (error) {
      if (error instanceof SyntaxError)
        throw new UnexpectedResponseError(url, 'the answer is not JSON');
      if (error instanceof ParseError) throw new UnexpectedResponseError(url, error.message);
      throw error;
    }
  }

  /** The names an upload takes as query parameters (empty = the server's default). */
  const names = (params: UploadPipelineVersionParams | UploadPipelineParams): Query => ({
    name: params.name || undefined,
    display_name: params.displayName || undefined,
    description: params.description || undefined,
  });

  return {
    uploadPipeline: (params, options = {}) =>
      send(
        '/apis/v2beta1/pipelines/upload',
        { ...names(params), namespace: params.namespace || undefined },
        params.file,
        parsePipeline,
        options,
      ),
    uploadPipelineVersion: (params, options = {}) =>
      send(
        '/apis/v2beta1/pipelines/upload_version',
        { pipelineid: params.pipelineId, ...names(params) },
        params.file,
        parsePipelineVersion,
        options,
      ),
  };
}

/** Only the fields that are set: the server refuses unknown fields, and empty ones mean "default" anyway. */
function present(fields: Readonly<Record<string, string | undefined>>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(fields).filter((entry): entry is [string, string] => Boolean(entry[1])),
  );
}

export interface PipelineFromUrlParams {
  readonly url: string;
  readonly name: string;
  readonly displayName?: string;
  readonly description?: string;
  /** Empty = a shared pipeline. */
  readonly namespace?: string;
}

/**
 * `POST /apis/v2beta1/pipelines/create` with `pipeline_version.package_url`: the server downloads the
 * file, so it works for any URL the cluster can reach (the browser could only read CORS-enabled hosts).
 */
export function createPipelineFromUrl(
  client: KfpClient,
  params: PipelineFromUrlParams,
): Promise<Pipeline> {
  const names = present({
    name: params.name,
    display_name: params.displayName,
    description: params.description,
  });
  return client.post('/apis/v2beta1/pipelines/create', parsePipeline, {
    body: {
      pipeline: { ...names, ...present({ namespace: params.namespace }) },
      pipeline_version: { ...names, package_url: { pipeline_url: params.url } },
    },
  });
}

export interface PipelineVersionFromUrlParams {
  readonly pipelineId: string;
  readonly url: string;
  readonly name: string;
  readonly displayName?: string;
  readonly description?: string;
}

/** `POST /apis/v2beta1/pipelines/{id}/versions` with `package_url`: the server downloads the file. */
export function createPipelineVersionFromUrl(
  client: KfpClient,
  params: PipelineVersionFromUrlParams,
): Promise<PipelineVersion> {
  return client.post(
    kfpPath`/apis/v2beta1/pipelines/${params.pipelineId}/versions`,
    parsePipelineVersion,
    {
      body: {
        pipeline_id: params.pipelineId,
        ...present({
          name: params.name,
          display_name: params.displayName,
          description: params.description,
        }),
        package_url: { pipeline_url: params.url },
      },
    },
  );
}

/** `GET /apis/v2beta1/pipelines/names/{name}?namespace=` (empty namespace = the shared pipelines). */
export function getPipelineByName(
  client: KfpClient,
  name: string,
  namespace: string | undefined,
  signal?: AbortSignal,
): Promise<Pipeline> {
  return client.get(kfpPath`/apis/v2beta1/pipelines/names/${name}`, parsePipeline, {
    query: { namespace: namespace || undefined },
    signal,
  });
}
