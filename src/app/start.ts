import { createAuthSession } from '@/lib/auth/create-session.ts';
import { currentUrl } from '@/lib/auth/return-url.ts';
import { loadConfig } from '@/lib/config.ts';
import { dateFormats } from '@/lib/date-formats.ts';
import { createKfpClient } from '@/lib/kfp/client.ts';
import { paths } from '@/lib/paths.ts';
import { createQueryClient } from '@/lib/query-client.ts';
import { FIRST_RENDER_WAIT_MS, requestsSettled } from './first-render.ts';
import { legacyHashRedirect } from './legacy-hash.ts';
import { forgetGranted } from './namespace/granted-hint.ts';
import { isListPage, pageCode, pageCodeFor } from './route-code.ts';
import { prefetchPage } from './route-prefetch.ts';

/**
 * Start-up, without React: old hash links → config → sign-in → the page's requests → render. This
 * module and what it imports are the entry chunk (small: no React, no router), so the page's data
 * requests start as soon as it has run, while React, the shell (boot.tsx) and the page's code still
 * load; they all are requested first thing. Nothing renders before we know who the user is, so no
 * request goes out without a token.
 */
export async function start(): Promise<void> {
  // Marks of the start-up's stages (`kfp:*`), for profiles (scripts/trace-start.ts); they cost nothing.
  performance.mark('kfp:entry');
  const legacy = legacyHashRedirect(window.location.hash);
  if (legacy) window.history.replaceState(null, '', legacy);
  const { pathname } = window.location;
  // React and the shell, and the page's code, load beside the config (preloaded by index.html). (Running
  // the `ui` chunk only once the requests were out measured no faster: session 7, same-run A/B.)
  const ui = import('./boot.tsx');
  const page = pathname === paths.authCallback() ? 'authCallback' : pageCodeFor(pathname);
  // A page with code of its own (not a list: that is the `ui` chunk) asks for it once its requests are
  // out: asked at once, its ~10 files took the browser's six connections to the server (HTTP/1.1), and
  // the page's first request waited ~120 ms for one (the router's lazy route asks for the same modules).
  const askPageCode = () => {
    if (page !== undefined && !isListPage(page)) void pageCode[page]().catch(() => undefined);
  };

  let config;
  try {
    config = await loadConfig(`${import.meta.env.BASE_URL}config.json`);
    performance.mark('kfp:config');
  } catch (error) {
    (await ui).renderConfigError(error);
    return;
  }

  let session;
  try {
    session = await createAuthSession(config.auth);
  } catch (error) {
    (await ui).renderStartError(error);
    return;
  }
  // What this browser keeps for a user goes with their sign-out (the names' code loads only then: not in
  // the first-load JS).
  session.onSignOut(async (user, mode) => {
    forgetGranted(user);
    const { forgetNamesOnSignOut } = await import('@/features/runs/api/forget-names.ts');
    forgetNamesOnSignOut(user, mode);
  });
  if (pathname !== paths.authCallback()) {
    try {
      if ((await session.start(currentUrl())) === 'redirecting') {
        (await ui).renderSigningIn();
        return;
      }
    } catch (error) {
      (await ui).renderStartError(error);
      return;
    }
  }

  const client = createKfpClient({
    baseUrl: config.kfpBaseUrl,
    getToken: session.getToken,
    onUnauthorized: session.onUnauthorized,
  });
  const queryClient = createQueryClient();
  const ctx = { queryClient, client, session, config };
  // The page's requests (the route loaders' own) start now; the router's loaders find them cached or
  // on their way (same query keys), so nothing is asked twice. Not on the sign-in callback: no token
  // yet (its route, outside the shell, has no loaders either).
  if (pathname !== paths.authCallback()) prefetchPage(ctx, new Request(window.location.href));
  performance.mark('kfp:requests');
  // After the requests' fetch() calls, which wait in microtasks for the token.
  setTimeout(askPageCode, 0);
  // The locale's date data (~25 ms, date-formats.ts) loads while the requests and React are on their
  // way: the main thread would wait for them anyway, and the rows need it. In a task of its own: the
  // requests' fetch() calls are still queued microtasks (the client awaits the token first).
  setTimeout(dateFormats, 0);
  const boot = await ui;
  performance.mark('kfp:ui');
  // A list page renders once with its rows when its answer is near (first-render.ts).
  if (isListPage(page)) await requestsSettled(queryClient, FIRST_RENDER_WAIT_MS);
  boot.renderApp(ctx);
}
