import { fireEvent, render, screen } from '@testing-library/react';
import { createKfpClient } from '@/lib/kfp/client.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TensorboardViewer } from './tensorboard-viewer.tsx';
import { ViewerSettingsContext } from './viewer-settings.ts';

const config = { type: 'tensorboard', logDirs: ['volume://pvc/yolo/train'] } as const;

describe('TensorboardViewer', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'clipboard');
  });

  it('links to the configured TensorBoard for the log dir, in a new tab without the opener', () => {
    renderWithApp(
      <ViewerSettingsContext
        value={{
          tensorboardUrlTemplate: '/tensorboard/{namespace}/?logdir={logdir}',
          namespace: 'kubeflow-alice',
        }}
      >
        <TensorboardViewer config={{ ...config, logDirs: [...config.logDirs] }} />
      </ViewerSettingsContext>,
    );
    const link = screen.getByRole('link', { name: 'Open in TensorBoard' });
    expect(link).toHaveAttribute(
      'href',
      '/tensorboard/kubeflow-alice/?logdir=volume%3A%2F%2Fpvc%2Fyolo%2Ftrain',
    );
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it("offers Start on a single-user KFP, in the workloads' namespace (kubeflow)", async () => {
    const asked: URL[] = [];
    const client = createKfpClient({
      baseUrl: '/pipeline',
      origin: 'http://127.0.0.1:4173',
      getToken: () => Promise.resolve(null),
      onUnauthorized: () => Promise.resolve('redirecting'),
      fetch: (input) => {
        asked.push(new URL(input instanceof Request ? input.url : String(input)));
        return Promise.resolve(new Response('{}'));
      },
    });
    renderWithApp(
      <ViewerSettingsContext value={{ workloadNamespace: 'kubeflow' }}>
        <TensorboardViewer config={{ ...config, logDirs: [...config.logDirs] }} />
      </ViewerSettingsContext>,
      { client },
    );
    expect(await screen.findByRole('button', { name: 'Start TensorBoard' })).toBeEnabled();
    expect(asked.map((url) => url.searchParams.get('namespace'))).toContain('kubeflow');
  });

  it('has no link without a configured TensorBoard; the copy button copies the log dir', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    render(<TensorboardViewer config={{ ...config, logDirs: [...config.logDirs] }} />);
    expect(screen.queryByRole('link')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Copy volume://pvc/yolo/train' }));
    expect(writeText).toHaveBeenCalledWith('volume://pvc/yolo/train');
    expect(await screen.findByText('Copied')).toBeInTheDocument();
  });
});
