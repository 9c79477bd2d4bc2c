import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { artifactRoutes } from '../../../../../emulator/routes/artifacts.ts';
import { createObjectStore } from '../../../../../emulator/sim/object-store.ts';
import { stubAuthenticator } from '../../../../../emulator/testing/test-app.ts';
import { createKfpClient } from '@/lib/kfp/client.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { ArtifactFile } from './artifact-file.tsx';

const BIG = 500 * 1024 * 1024;

/** The UI server's artifacts/get in-process, counting every request and the bytes it answered. */
function setup() {
  const objects = createObjectStore();
  objects.put('mlpipeline', 'small/summary.csv', new TextEncoder().encode('rows,bytes\n1,2\n'));
  objects.putGenerated?.('mlpipeline', 'big/images', { size: BIG });
  const app = artifactRoutes({
    objects,
    authenticator: stubAuthenticator,
    workflowManifest: () => undefined,
  });
  const log: { url: URL; bytes: number }[] = [];
  const client = createKfpClient({
    baseUrl: '/pipeline',
    origin: 'http://127.0.0.1:4173',
    getToken: () => Promise.resolve('alice'),
    onUnauthorized: () => Promise.resolve('redirecting'),
    fetch: async (input, init) => {
      const url = new URL(input instanceof Request ? input.url : input);
      const response = await app.request(
        `${url.pathname.replace('/pipeline', '')}${url.search}`,
        init,
      );
      const entry = { url, bytes: 0 };
      log.push(entry);
      // Count what the client actually reads off the body.
      const counter = new TransformStream<Uint8Array, Uint8Array>({
        transform(chunk, controller) {
          entry.bytes += chunk.byteLength;
          controller.enqueue(chunk);
        },
      });
      return new Response(response.body?.pipeThrough(counter) ?? null, response);
    },
  });
  return { client, log };
}

describe('ArtifactFile', () => {
  it('shows a small file’s exact size, a download link and its whole content in View all', async () => {
    const { client, log } = setup();
    renderWithApp(
      <ArtifactFile uri="minio://mlpipeline/small/summary.csv" namespace="kubeflow-alice" />,
      { client },
    );
    const group = await screen.findByRole('group', { name: /File minio/ });
    expect(await within(group).findByText('15 bytes')).toBeTruthy();
    const link = within(group).getByRole('link', { name: 'Download summary.csv (15 bytes)' });
    const href = new URL(link.getAttribute('href') ?? '');
    expect(href.pathname).toBe('/pipeline/artifacts/get');
    expect(Object.fromEntries(href.searchParams)).toEqual({
      source: 'minio',
      bucket: 'mlpipeline',
      key: 'small/summary.csv',
      namespace: 'kubeflow-alice',
    });
    expect(log.map((l) => l.url.searchParams.get('peek'))).toEqual(['4097']);

    fireEvent.click(within(group).getByRole('button', { name: /View all/ }));
    const dialog = await screen.findByRole('dialog');
    // `rows,bytes\n1,2\n`: two lines (the rows are drawn in the browser: happy-dom has no layout).
    expect(await within(dialog).findByText('15 bytes · 2 lines')).toBeTruthy();
    expect(within(dialog).getByLabelText('File content')).toBeTruthy();
  });

  it('costs a 500 MB file one 4 KB peek, and its full view stops at 10 MB and offers the download', async () => {
    const { client, log } = setup();
    renderWithApp(<ArtifactFile uri="minio://mlpipeline/big/images" namespace="kubeflow-alice" />, {
      client,
    });
    const group = await screen.findByRole('group', { name: /File minio/ });
    expect(await within(group).findByText('more than 4 KB')).toBeTruthy();
    expect(within(group).getByRole('button', { name: 'Measure size' })).toBeTruthy();
    expect(log).toHaveLength(1);
    expect(log[0]?.bytes).toBeLessThanOrEqual(4097);

    fireEvent.click(within(group).getByRole('button', { name: 'Preview' }));
    expect(screen.getByLabelText(/Preview of/).textContent).toContain('image_id,width,height');
    expect(log).toHaveLength(1);

    fireEvent.click(within(group).getByRole('button', { name: /View all/ }));
    const dialog = await screen.findByRole('dialog');
    expect(
      await within(dialog).findByText('Too large to show whole:', {}, { timeout: 20_000 }),
    ).toBeTruthy();
    expect(within(dialog).getByText(/the file is more than 10 MB/)).toBeTruthy();
    expect(within(dialog).getByRole('link', { name: /Download images/ })).toBeTruthy();
    expect(log).toHaveLength(2);
    expect(log[1]?.url.searchParams.get('peek')).toBe(String(10 * 1024 * 1024 + 1));
    expect(log[1]?.bytes).toBeLessThanOrEqual(10 * 1024 * 1024 + 1);
  }, 30_000);

  it('says what a 404 and a 403 from artifacts/get mean, with the server’s message', async () => {
    const { client } = setup();
    renderWithApp(
      <>
        <ArtifactFile uri="minio://mlpipeline/gone.csv" namespace="kubeflow-alice" />
        <ArtifactFile uri="minio://mlpipeline/small/summary.csv" namespace="kubeflow-bob" />
      </>,
      { client },
    );
    await waitFor(() => expect(screen.getAllByRole('alert')).toHaveLength(2));
    const texts = screen.getAllByRole('alert').map((a) => a.textContent);
    expect(
      texts.some((t) =>
        t.includes('The file is not in the object store: No objects found at mlpipeline/gone.csv'),
      ),
    ).toBe(true);
    expect(
      texts.some((t) =>
        t.includes("You may not read this file: User 'alice@example.com' is not authorized"),
      ),
    ).toBe(true);
  });
});
