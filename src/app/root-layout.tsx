import { Outlet, useRouteError } from 'react-router';
import { LoadingState } from '@/components/states';
import { FullPageMessage } from './errors/full-page-message.tsx';
import { AppError } from './errors/app-error.tsx';
import { NamespaceGate } from './namespace/namespace-gate.tsx';
import { NamespaceProvider } from './namespace/namespace-provider.tsx';
import { AppShell } from './shell/app-shell.tsx';

/** Every page but the sign-in callback: namespace, shell, then the page once the namespace is settled. */
export function RootLayout() {
  return (
    <NamespaceProvider>
      <AppShell>
        <NamespaceGate>
          <Outlet />
        </NamespaceGate>
      </AppShell>
    </NamespaceProvider>
  );
}

/** Only when the shell itself fails; page errors stay inside the shell (RouteErrorBoundary). */
export function RootErrorBoundary() {
  const error = useRouteError();
  return (
    <FullPageMessage title="The dashboard failed to start" tone="error">
      <AppError error={error} onRetry={() => window.location.reload()} />
    </FullPageMessage>
  );
}

/** While the first page's module loads. */
export function RootHydrateFallback() {
  return <LoadingState label="Loading…" />;
}
