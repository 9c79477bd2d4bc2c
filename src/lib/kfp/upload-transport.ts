/** How an upload reaches the server: XMLHttpRequest in the browser (for progress), fetch elsewhere. */

export interface UploadProgress {
  readonly loaded: number;
  readonly total: number;
}

export interface TransportRequest {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: FormData;
  readonly signal: AbortSignal | undefined;
  readonly onProgress: ((progress: UploadProgress) => void) | undefined;
}

export interface TransportResponse {
  readonly status: number;
  readonly statusText: string;
  readonly contentType: string;
  /** The request was redirected (a gateway sending an expired session to its login page). */
  readonly redirected: boolean;
  readonly body: string;
}

/** Sends one multipart POST. Rejects only when no answer arrived (network, abort). */
export type UploadTransport = (request: TransportRequest) => Promise<TransportResponse>;

function abortError(signal: AbortSignal | undefined): Error {
  const reason: unknown = signal?.reason;
  return reason instanceof Error
    ? reason
    : new DOMException('The upload was cancelled.', 'AbortError');
}

/** The browser transport: XMLHttpRequest, for its upload progress events. */
export const xhrTransport: UploadTransport = (request) =>
  new Promise((resolve, reject) => {
    const { signal } = request;
    if (signal?.aborted) {
      reject(abortError(signal));
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open('POST', request.url);
    for (const [name, value] of Object.entries(request.headers)) xhr.setRequestHeader(name, value);
    xhr.upload.addEventListener('progress', (event) => {
      if (event.lengthComputable)
        request.onProgress?.({ loaded: event.loaded, total: event.total });
    });
    xhr.addEventListener('load', () => {
      // XHR follows redirects by itself; a different final URL means one happened.
      const redirected =
        xhr.responseURL !== '' &&
        new URL(xhr.responseURL).pathname !== new URL(request.url).pathname;
      resolve({
        status: xhr.status,
        statusText: xhr.statusText,
        contentType: xhr.getResponseHeader('content-type') ?? '',
        redirected,
        body: xhr.responseText,
      });
    });
    xhr.addEventListener('error', () => reject(new TypeError('the upload could not be sent')));
    xhr.addEventListener('timeout', () => reject(new TypeError('the upload timed out')));
    xhr.addEventListener('abort', () => reject(abortError(signal)));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(request.body);
  });

/**
 * A fetch transport: no progress until the answer arrives (then 100%). For environments without
 * XMLHttpRequest, and for tests that answer in-process.
 */
export function fetchTransport(fetchFn: typeof fetch): UploadTransport {
  return async (request) => {
    const response = await fetchFn(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      signal: request.signal,
      redirect: 'manual',
      credentials: 'same-origin',
    });
    const body = await response.text();
    const size = [...request.body.values()].reduce(
      (sum, value) => sum + (typeof value === 'string' ? value.length : value.size),
      0,
    );
    request.onProgress?.({ loaded: size, total: size });
    return {
      status: response.status,
      statusText: response.statusText,
      contentType: response.headers.get('content-type') ?? '',
      redirected:
        response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400),
      body,
    };
  };
}
