import { isRecord } from '../parse/reader.ts';

/** The server answered with an error status. `message` is the server's own text when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    /** The gRPC code from `{error, code, message}` bodies, when present. */
    readonly code: number | undefined,
    readonly url: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/**
 * The session is gone: a 401, a redirect to a login page, or an HTML page where JSON was expected
 * (a gateway's login form). The client has already asked the auth layer to renew or sign in again.
 */
export class SessionExpiredError extends Error {
  constructor(readonly url: string) {
    super('Your session has expired. Signing you in again…');
    this.name = 'SessionExpiredError';
  }
}

/** The server answered 2xx, but not with what its API promises. */
export class UnexpectedResponseError extends Error {
  constructor(
    readonly url: string,
    detail: string,
  ) {
    super(`Unexpected answer from ${url}: ${detail}`);
    this.name = 'UnexpectedResponseError';
  }
}

/** fetch itself failed: server down, offline, blocked. */
export class NetworkError extends Error {
  constructor(
    readonly url: string,
    cause: unknown,
  ) {
    super(`Cannot reach the server (${cause instanceof Error ? cause.message : String(cause)})`);
    this.name = 'NetworkError';
  }
}

/** A programming or configuration error: a request meant for another origin (tokens never leave ours). */
export class CrossOriginRequestError extends Error {
  constructor(readonly url: string) {
    super(`Refused to send a request to another origin: ${url}`);
    this.name = 'CrossOriginRequestError';
  }
}

const MAX_TEXT = 300;

/** Plain text of an HTML error page (a gateway's 502), shortened. */
function textOf(body: string): string {
  const text = body
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
}

/**
 * Reads an error body: `{error, code, message, details}` (grpc-gateway), `{error_message, error_details}`
 * (the upload endpoints), or any text.
 */
export function parseErrorBody(body: string): {
  message: string | undefined;
  code: number | undefined;
} {
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    const text = textOf(body);
    return { message: text || undefined, code: undefined };
  }
  if (!isRecord(json)) return { message: undefined, code: undefined };
  const code = typeof json.code === 'number' ? json.code : undefined;
  for (const key of ['message', 'error', 'error_message', 'error_details'] as const) {
    const value = json[key];
    if (typeof value === 'string' && value.trim() !== '') return { message: value.trim(), code };
  }
  return { message: undefined, code };
}

export async function apiErrorFrom(response: Response, url: string): Promise<ApiError> {
  let body = '';
  try {
    body = await response.text();
  } catch {
    // The body could not be read; the status alone still says what happened.
  }
  const { message, code } = parseErrorBody(body);
  const fallback = response.statusText || `HTTP ${response.status}`;
  return new ApiError(response.status, message ?? fallback, code, url);
}

export interface ErrorDescription {
  readonly title: string;
  readonly message: string;
  /** Whether trying again can help (not for 4xx answers). */
  readonly retryable: boolean;
}

/** What to show for any error thrown by a query or mutation. */
export function describeError(error: unknown): ErrorDescription {
  if (error instanceof ApiError) {
    const titles: Record<number, string> = {
      400: 'The server refused the request',
      401: 'Not authorized',
      403: 'You do not have access to this',
      404: 'Not found',
      409: 'Already exists',
      413: 'Too large',
    };
    return {
      title: titles[error.status] ?? `The server answered with an error (${error.status})`,
      message: error.message,
      retryable: error.status >= 500 || error.status === 429,
    };
  }
  if (error instanceof SessionExpiredError) {
    return { title: 'Session expired', message: error.message, retryable: false };
  }
  if (error instanceof NetworkError) {
    return { title: 'Cannot reach the server', message: error.message, retryable: true };
  }
  if (error instanceof UnexpectedResponseError) {
    return { title: 'Unexpected answer from the server', message: error.message, retryable: true };
  }
  if (error instanceof Error)
    return { title: 'Something went wrong', message: error.message, retryable: true };
  return { title: 'Something went wrong', message: String(error), retryable: true };
}

/** Whether TanStack Query should try again: never for answers that will not change (4xx, bad shape, session). */
export function isRetryableError(error: unknown): boolean {
  if (error instanceof ApiError) return error.status >= 500 || error.status === 429;
  return !(
    error instanceof SessionExpiredError ||
    error instanceof CrossOriginRequestError ||
    error instanceof UnexpectedResponseError
  );
}
