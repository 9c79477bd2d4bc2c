import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createViewerStore, viewerName } from '../../../../emulator/k8s/viewers.ts';
import { tensorboardRoutes } from '../../../../emulator/routes/tensorboard.ts';
import { stubAuthenticator } from '../../../../emulator/testing/test-app.ts';
import { createKfpClient } from '@/lib/kfp/client.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { TensorboardControls } from './tensorboard-controls.tsx';

const target = { logdir: 'minio://mlpipeline/tb/run-1', namespace: 'kubeflow-alice' };

function setup(cluster = true) {
  const viewers = createViewerStore();
  const routes = tensorboardRoutes({
    viewers,
    authenticator: stubAuthenticator,
    createDelayMs: 0,
    cluster,
  });
  // The emulator's routes in process, `/pipeline` stripped as the Vite proxy does.
  const client = createKfpClient({
    baseUrl: '/pipeline',
    origin: 'http://127.0.0.1:4173',
    getToken: () => Promise.resolve('alice'),
    onUnauthorized: () => Promise.resolve('redirecting'),
    fetch: (input, init) => {
      const url = new URL(input instanceof Request ? input.url : String(input));
      return Promise.resolve(routes.request(`${url.pathname.slice(9)}${url.search}`, init));
    },
  });
  return { viewers, client };
}

describe('TensorboardControls (against the emulator)', () => {
  it('starts a TensorBoard with the chosen image, opens it in a new tab, and stops it', async () => {
    const { client, viewers } = setup();
    renderWithApp(<TensorboardControls target={target} image="my/tb:1" />, { client });
    const select = await screen.findByRole('combobox', { name: 'TensorFlow image' });
    expect(select).toHaveValue('my/tb:1');
    fireEvent.change(select, { target: { value: 'tensorflow/tensorflow:1.15.5' } });
    fireEvent.click(screen.getByRole('button', { name: 'Start TensorBoard' }));
    const status = await screen.findByRole('status');
    await waitFor(() => expect(status).toHaveTextContent('is running for this output'));
    expect(status).toHaveTextContent('tensorflow/tensorflow:1.15.5');
    expect(status).toHaveTextContent('It is starting');
    const link = screen.getByRole('link', { name: 'Open TensorBoard' });
    expect(link.getAttribute('href')).toMatch(
      /^http:\/\/127\.0\.0\.1:4173\/pipeline\/apps\/tensorboard\/proxy\/[^/]+\/$/,
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');

    fireEvent.click(screen.getByRole('button', { name: 'Stop TensorBoard' }));
    const confirm = screen.getByRole('group', { name: 'Stop TensorBoard?' });
    fireEvent.click(confirm.querySelector('button') ?? confirm);
    expect(await screen.findByRole('button', { name: 'Start TensorBoard' })).toBeEnabled();
    expect(viewers.get(target.namespace, viewerName(target.logdir))).toBeUndefined();
  });

  it("shows the UI server's message when starting fails (no cluster)", async () => {
    const { client } = setup(false);
    renderWithApp(<TensorboardControls target={target} />, { client });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Could not ask the UI server about TensorBoard');
    expect(alert).toHaveTextContent('Failed to list Tensorboard pods: connect ECONNREFUSED');
  });
});
