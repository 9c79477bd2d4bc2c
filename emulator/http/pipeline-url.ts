import { isIP } from 'node:net';
import { ApiError, GrpcCode, badRequest } from '../lib/errors.ts';
import { maxPipelineFileBytes, readPipelineFile, tooLargeError } from './pipeline-file.ts';

/**
 * Importing a pipeline from a URL (v1beta1 CreatePipeline / CreatePipelineVersion, v2beta1
 * `package_url`), after backend/src/apiserver/validation/pipeline_url.go and
 * createPipelineAndPipelineVersion in server/pipeline_server.go: https only, on the default port,
 * from an allow-listed domain, never resolving to a private, loopback or link-local address. Any
 * such refusal is answered only as "Pipeline URL validation failed" (the reason goes to the log).
 * A download that fails is Internal; an answer other than 200 is InvalidArgument.
 */
const allowedDomains = [
  'storage.googleapis.com',
  's3.amazonaws.com',
  'github.com',
  'raw.githubusercontent.com',
];

const blockedHost = (host: string): boolean =>
  host === 'localhost' ||
  host.endsWith('.localhost') ||
  (isIP(host) !== 0 &&
    /^(127\.|10\.|192\.168\.|169\.254\.|0\.|172\.(1[6-9]|2\d|3[01])\.|\[?::1|\[?f[cd]|\[?fe80)/i.test(
      host,
    ));

/** Why the URL is refused (for the emulator's log only), or undefined when it may be fetched. */
export function pipelineUrlProblem(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'invalid URL';
  }
  if (url.protocol !== 'https:')
    return `URL scheme "${url.protocol.slice(0, -1)}" not allowed, use https`;
  if (url.port !== '' && url.port !== '443') return `HTTPS requires port 443, got "${url.port}"`;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (blockedHost(host)) return `URL resolves to blocked IP range: ${host}`;
  if (!allowedDomains.some((d) => host === d || host.endsWith(`.${d}`)))
    return `URL domain "${host}" not in allowlist`;
  return undefined;
}

export interface DownloadedPipeline {
  /** The URL's base name (it names the pipeline when the request gives no name). */
  readonly fileName: string;
  readonly template: string;
}

/** Validates, downloads and reads the pipeline file at `raw` (ReadPipelineFile rules). */
export async function downloadPipeline(raw: string, validate = true): Promise<DownloadedPipeline> {
  if (validate && pipelineUrlProblem(raw) !== undefined)
    throw badRequest('Invalid input error: Pipeline URL validation failed');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw badRequest(`Invalid input error: invalid pipeline spec URL: ${raw}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw badRequest('Invalid input error: Pipeline URL validation failed');
  let response: Response;
  try {
    response = await fetch(url, { redirect: 'error', signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ApiError(
      GrpcCode.Internal,
      `InternalServerError: error downloading the pipeline spec from ${raw}: ${reason}`,
    );
  }
  if (response.status !== 200) {
    throw badRequest(
      `Invalid input error: error fetching pipeline spec from ${raw} - request returned ${response.status} ${response.statusText}`,
    );
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > maxPipelineFileBytes) throw tooLargeError();
  const fileName = url.pathname.split('/').pop() ?? '';
  return { fileName, template: readPipelineFile(fileName, bytes) };
}
