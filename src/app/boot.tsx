import { StrictMode, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { QueryClient } from '@tanstack/react-query';
import type { AuthSession } from '@/lib/auth/types.ts';
import type { AppConfig } from '@/lib/config.ts';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { describeError } from '@/lib/kfp/errors.ts';
import { App } from './app.tsx';
import { ConfigErrorPage } from './config-error-page.tsx';
import { FullPageMessage } from './errors/full-page-message.tsx';
import { createAppRouter } from './router.tsx';

/**
 * The rendering half of the start-up (start.ts is the other): React, the providers and the router.
 * Loaded beside the config and the page's data, so the page's requests never wait for this code.
 */
let root: Root | undefined;

function render(node: ReactNode): void {
  const element = document.getElementById('root');
  if (!element) return;
  root ??= createRoot(element);
  root.render(<StrictMode>{node}</StrictMode>);
}

export function renderConfigError(error: unknown): void {
  render(<ConfigErrorPage error={error} />);
}

export function renderSigningIn(): void {
  render(<FullPageMessage title="Signing you in…" />);
}

export function renderStartError(error: unknown): void {
  const { title, message } = describeError(error);
  render(
    <FullPageMessage title={title} tone="error">
      <p>{message}</p>
      <p>
        <button type="button" className="btn btn--primary" onClick={() => window.location.reload()}>
          Try again
        </button>
      </p>
    </FullPageMessage>,
  );
}

/** The app for a signed-in user (or a mode without sign-in), its first page's requests already started. */
export function renderApp(ctx: {
  readonly queryClient: QueryClient;
  readonly client: KfpClient;
  readonly session: AuthSession;
  readonly config: AppConfig;
}): void {
  // Creating the router runs the first page's loaders: they find start.ts's requests in the cache.
  const router = createAppRouter(ctx);
  render(
    <App
      config={ctx.config}
      session={ctx.session}
      client={ctx.client}
      queryClient={ctx.queryClient}
      router={router}
    />,
  );
}
