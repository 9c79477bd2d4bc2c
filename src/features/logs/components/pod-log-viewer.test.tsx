import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useSyncExternalStore } from 'react';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { logRoutes } from '../../../../emulator/routes/logs.ts';
import { stubAuthenticator } from '../../../../emulator/testing/test-app.ts';
import { createLogStore } from '../../../../emulator/sim/log-store.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { NO_FIND } from '../model/find.ts';
import { mockLayout } from '../testing/happy-dom-layout.ts';
import { inProcessClient } from '../testing/in-process-client.ts';
import { createTestStore } from '../testing/test-store.ts';
import { PodLogViewer } from './pod-log-viewer.tsx';

const NS = 'kubeflow-alice';

/** The emulator's UI-server pod-log endpoint, in process, and a client for `user`. */
function createLogServer(user = 'alice') {
  const logs = createLogStore();
  return { logs, ...inProcessClient(logRoutes({ logs, authenticator: stubAuthenticator }), user) };
}

let restoreLayout: () => void = () => undefined;
beforeAll(() => {
  restoreLayout = mockLayout();
});
afterAll(() => {
  restoreLayout();
});

const running = createTestStore(false);

function Page({ podName = 'train-pod-1' }: { podName?: string }) {
  const isRunning = useSyncExternalStore(running.subscribe, running.get);
  return (
    <PodLogViewer
      podName={podName}
      namespace={NS}
      runId="run-1"
      running={isRunning}
      selectedLine={undefined}
      onSelectLine={() => undefined}
      find={NO_FIND}
      onFindChange={() => undefined}
      lineHref={(line) => `/runs/run-1?line=${String(line)}`}
    />
  );
}

describe('PodLogViewer', () => {
  beforeEach(() => {
    running.set(false);
  });

  it('shows the pod log read from the UI server', async () => {
    const server = createLogServer();
    server.logs.put('train-pod-1', {
      namespace: NS,
      runId: 'run-1',
      lines: ['epoch 1', 'epoch 2'],
    });
    renderWithApp(<Page />, { client: server.client });
    expect(screen.getByRole('status')).toHaveTextContent('Loading the log…');
    expect(await screen.findByText('epoch 2')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Log of train-pod-1' })).toBeInTheDocument();
  });

  it('says the log is not available when the pod is gone, and checks again on request', async () => {
    const server = createLogServer();
    renderWithApp(<Page />, { client: server.client });
    expect(await screen.findByText('Log not available')).toBeInTheDocument();
    expect(
      screen.getByText(
        /The pod train-pod-1 is gone and no archived log was found \(the server said: pod not found\)/,
      ),
    ).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();

    server.logs.put('train-pod-1', { namespace: NS, runId: 'run-1', lines: ['archived line'] });
    fireEvent.click(screen.getByRole('button', { name: 'Check again' }));
    expect(await screen.findByText('archived line')).toBeInTheDocument();
  });

  it('waits for the pod of a running task instead of calling it gone', async () => {
    running.set(true);
    renderWithApp(<Page />, { client: createLogServer().client });
    expect(await screen.findByText('Waiting for the pod')).toBeInTheDocument();
    expect(screen.queryByText('Log not available')).toBeNull();
  });

  it('shows other errors with the server message and a retry', async () => {
    const server = createLogServer('bob');
    server.logs.put('train-pod-1', { namespace: NS, runId: 'run-1', lines: ['secret'] });
    renderWithApp(<Page />, { client: server.client });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not load the log: You do not have access to this');
    expect(alert).toHaveTextContent('Access denied to namespace');
    const before = server.requests();
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(server.requests()).toBe(before + 1));
    expect(await screen.findByRole('alert')).toHaveTextContent('Access denied to namespace');
    expect(screen.queryByText('secret')).toBeNull();
  });

  it('reads the log once more when the task stops running', async () => {
    const server = createLogServer();
    server.logs.put('train-pod-1', { namespace: NS, runId: 'run-1', lines: ['step 1'] });
    running.set(true);
    renderWithApp(<Page />, { client: server.client });
    expect(await screen.findByText('step 1')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Follow' })).toBeInTheDocument();

    server.logs.put('train-pod-1', {
      namespace: NS,
      runId: 'run-1',
      lines: ['step 1', 'final words'],
    });
    running.set(false);
    expect(await screen.findByText('final words')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Follow' })).toBeNull();
  });
});
