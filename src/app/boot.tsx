import type { ReactNode } from 'react';
import { createAuthSession } from '@/lib/auth/create-session.ts';
import { currentUrl } from '@/lib/auth/return-url.ts';
import { loadConfig } from '@/lib/config.ts';
import { describeError } from '@/lib/kfp/errors.ts';
import { createKfpClient } from '@/lib/kfp/client.ts';
import { paths } from '@/lib/paths.ts';
import { createQueryClient } from '@/lib/query-client.ts';
import { App } from './app.tsx';
import { ConfigErrorPage } from './config-error-page.tsx';
import { FullPageMessage } from './errors/full-page-message.tsx';
import { legacyHashRedirect } from './legacy-hash.ts';
import { createAppRouter } from './router.tsx';

/**
 * Start-up: old hash links → config → sign-in → app. Nothing of the app renders before we know
 * who the user is, so no page fires a request without a token.
 */
export async function boot(root: { render: (node: ReactNode) => void }): Promise<void> {
  const legacy = legacyHashRedirect(window.location.hash);
  if (legacy) window.history.replaceState(null, '', legacy);

  let config;
  try {
    config = await loadConfig(`${import.meta.env.BASE_URL}config.json`);
  } catch (error) {
    root.render(<ConfigErrorPage error={error} />);
    return;
  }

  const session = createAuthSession(config.auth);
  // What this browser keeps for a user goes with their sign-out (loaded only then: not in the first-load JS).
  session.onSignOut(async (user, mode) => {
    const { forgetNamesOnSignOut } = await import('@/features/runs/api/forget-names.ts');
    forgetNamesOnSignOut(user, mode);
  });
  if (window.location.pathname !== paths.authCallback()) {
    try {
      if ((await session.start(currentUrl())) === 'redirecting') {
        root.render(<FullPageMessage title="Signing you in…" />);
        return;
      }
    } catch (error) {
      const { title, message } = describeError(error);
      root.render(
        <FullPageMessage title={title} tone="error">
          <p>{message}</p>
          <p>
            <button
              type="button"
              className="btn btn--primary"
              onClick={() => window.location.reload()}
            >
              Try again
            </button>
          </p>
        </FullPageMessage>,
      );
      return;
    }
  }

  const client = createKfpClient({
    baseUrl: config.kfpBaseUrl,
    getToken: session.getToken,
    onUnauthorized: session.onUnauthorized,
  });
  root.render(
    <App
      config={config}
      session={session}
      client={client}
      queryClient={createQueryClient()}
      router={createAppRouter()}
    />,
  );
}
