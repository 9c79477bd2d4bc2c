import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { AuthProvider } from '@/lib/auth/auth-context.tsx';
import type { AuthSession } from '@/lib/auth/types.ts';
import type { AppConfig } from '@/lib/config.ts';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { KfpClientProvider } from '@/lib/kfp/client-context.tsx';
import { ConfigProvider } from '@/lib/config-context.tsx';

export interface AppProps {
  readonly config: AppConfig;
  readonly session: AuthSession;
  readonly client: KfpClient;
  readonly queryClient: QueryClient;
  readonly router: ReturnType<typeof createBrowserRouter>;
}

/** The providers every page relies on, then the router. */
export function App({ config, session, client, queryClient, router }: AppProps) {
  return (
    <ConfigProvider config={config}>
      <AuthProvider session={session}>
        <KfpClientProvider client={client}>
          <QueryClientProvider client={queryClient}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </KfpClientProvider>
      </AuthProvider>
    </ConfigProvider>
  );
}
