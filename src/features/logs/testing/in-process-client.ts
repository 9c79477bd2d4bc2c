import { createKfpClient } from '@/lib/kfp/client.ts';

/** Anything that answers a Request in process, like a Hono app's `request`. */
export interface InProcessServer {
  request(path: string, init?: RequestInit): Response | Promise<Response>;
}

const TEST_ORIGIN = 'http://127.0.0.1:4173';
const BASE_URL = '/pipeline';

/**
 * For tests only: a KFP client whose token is `user` (the emulator's stub authenticator turns it into
 * that user) talking to `server` in process, with the `/pipeline` base stripped as the Vite proxy does.
 * It counts the requests it sends.
 */
export function inProcessClient(server: InProcessServer, user: string) {
  let requests = 0;
  const client = createKfpClient({
    baseUrl: BASE_URL,
    origin: TEST_ORIGIN,
    getToken: () => Promise.resolve(user),
    onUnauthorized: () => Promise.resolve('redirecting'),
    fetch: (input, init) => {
      requests += 1;
      const url = new URL(input instanceof Request ? input.url : String(input));
      return Promise.resolve(
        server.request(`${url.pathname.slice(BASE_URL.length)}${url.search}`, init),
      );
    },
  });
  return { client, requests: () => requests };
}
