import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { KfpClient } from '@/lib/kfp/client.ts';
import { createTestSession, renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { RootLayout } from './root-layout.tsx';
import { useNamespace } from './namespace/namespace-context.ts';

function Page() {
  const { namespace } = useNamespace();
  return <p>page in {namespace ?? 'no namespace'}</p>;
}

async function renderShell(url: string, user: string | undefined, multiUser = true) {
  const emulator = await createTestEmulator({ multiUser });
  window.localStorage.clear();
  return renderWithApp(<RootLayout />, {
    url,
    path: '/',
    namespace: null,
    client: emulator.client(user),
    children: [
      { path: 'runs', element: <Page /> },
      { path: 'runs/:runId', element: <Page /> },
      { path: 'pipelines', element: <Page /> },
    ],
  });
}

/** The client, but healthz never answers. */
function withoutHealthz(client: KfpClient): KfpClient {
  return {
    ...client,
    get: (path, parse, options) =>
      path.endsWith('/healthz') ? new Promise(() => undefined) : client.get(path, parse, options),
  };
}

describe('RootLayout (shell + namespaces) against the emulator', () => {
  it('without sign-in, shows the page before healthz answers (a single-user guess, as the start-up made)', async () => {
    const emulator = await createTestEmulator({ multiUser: false });
    window.localStorage.clear();
    renderWithApp(<RootLayout />, {
      url: '/runs',
      path: '/',
      namespace: null,
      session: createTestSession(null).session,
      client: withoutHealthz(emulator.client()),
      children: [{ path: 'runs', element: <Page /> }],
    });
    expect(await screen.findByText('page in no namespace')).toBeInTheDocument();
  });

  it('with sign-in and no healthz yet, waits for it (only healthz can tell)', async () => {
    const emulator = await createTestEmulator({ multiUser: false });
    window.localStorage.clear();
    renderWithApp(<RootLayout />, {
      url: '/runs',
      path: '/',
      namespace: null,
      client: withoutHealthz(emulator.client()),
      children: [{ path: 'runs', element: <Page /> }],
    });
    expect(await screen.findByText('Loading your namespaces…')).toBeInTheDocument();
    expect(screen.queryByText(/page in/)).not.toBeInTheDocument();
  });

  it('puts the first namespace of the user into the URL and renders the page', async () => {
    const view = await renderShell('/runs', 'alice');
    expect(await screen.findByText('page in kubeflow-alice')).toBeInTheDocument();
    expect(view.currentUrl()).toBe('/runs?ns=kubeflow-alice');
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Runs' })).toHaveAttribute(
      'href',
      '/runs?ns=kubeflow-alice',
    );
    expect(within(nav).getByRole('link', { name: 'Experiments' })).toHaveAttribute(
      'href',
      '/experiments?ns=kubeflow-alice',
    );
    expect(within(nav).getByRole('link', { name: 'Runs' })).toHaveAttribute('aria-current', 'page');
    expect(screen.getByRole('combobox', { name: 'Namespace' })).toHaveValue('kubeflow-alice');
  });

  it('tells bob he has no access to kubeflow-alice and shows none of it', async () => {
    await renderShell('/runs?ns=kubeflow-alice', 'bob');
    expect(
      await screen.findByRole('heading', { name: /No access to namespace “kubeflow-alice”/ }),
    ).toBeInTheDocument();
    expect(screen.queryByText(/page in/)).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'kubeflow-bob' })).toHaveAttribute(
      'href',
      '/runs?ns=kubeflow-bob',
    );
  });

  it('switching namespace leaves a detail page for the list of its section', async () => {
    const view = await renderShell('/runs/r-1?ns=kubeflow-alice&tab=logs', 'admin');
    // admin's env-info lists several namespaces
    await screen.findByText('page in kubeflow-alice');
    fireEvent.change(screen.getByRole('combobox', { name: 'Namespace' }), {
      target: { value: 'kubeflow-bob' },
    });
    await waitFor(() => expect(view.currentUrl()).toBe('/runs?ns=kubeflow-bob'));
    expect(await screen.findByText('page in kubeflow-bob')).toBeInTheDocument();
    expect(window.localStorage.getItem('kfp-dashboard.namespace')).toBe('kubeflow-bob');
  });

  it('has no namespace and no picker in a single-user install', async () => {
    const view = await renderShell('/runs', undefined, false);
    expect(await screen.findByText('page in no namespace')).toBeInTheDocument();
    expect(view.currentUrl()).toBe('/runs');
    expect(screen.queryByRole('combobox', { name: 'Namespace' })).not.toBeInTheDocument();
  });

  it('shows the server message when the session is missing', async () => {
    await renderShell('/runs', undefined, true);
    expect(await screen.findByRole('alert')).toHaveTextContent(/Session expired/);
  });
});
