import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { UploadTransportProvider } from '@/features/pipelines/components/upload';
import { uploadPipeline } from '@/lib/kfp/pipelines.ts';
import { fetchTransport, type TransportRequest } from '@/lib/kfp/upload-transport.ts';
import { createTestSession, renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { Component as UploadPage } from './pipelines-upload.tsx';

const NS = 'kubeflow-alice';
const V2 =
  'pipelineInfo:\n  name: hello-world\nroot:\n  dag:\n    tasks: {}\nschemaVersion: 2.1.0\n';

async function setup() {
  const emulator = await createTestEmulator();
  const sent: TransportRequest[] = [];
  const base = fetchTransport(emulator.fetch);
  const client = emulator.client('alice');
  const render = (url = `/pipelines/upload?ns=${NS}`) =>
    renderWithApp(
      <UploadTransportProvider
        transport={(request) => {
          sent.push(request);
          return base(request);
        }}
      >
        <UploadPage />
      </UploadTransportProvider>,
      {
        url,
        path: '/pipelines/upload',
        client,
        namespace: NS,
        session: { ...createTestSession().session, getToken: () => Promise.resolve('alice') },
        routes: [{ path: '/pipelines/:pipelineId', element: <p>pipeline page</p> }],
      },
    );
  return { emulator, client, sent, render };
}

function chooseFile(name: string, content: BlobPart) {
  fireEvent.change(screen.getByLabelText('Pipeline file'), {
    target: { files: [new File([content], name)] },
  });
}

describe('the upload page’s target and code source', () => {
  it('finds an existing pipeline by name and uploads a new version of it with its code source URL', async () => {
    const page = await setup();
    const wanted = await uploadPipeline(page.client, {
      file: new File([V2], 'x.yaml'),
      name: 'churn-model',
      namespace: NS,
    });
    await uploadPipeline(page.client, {
      file: new File([V2], 'y.yaml'),
      name: 'other',
      namespace: NS,
    });
    const { currentUrl } = page.render();
    fireEvent.click(screen.getByRole('radio', { name: /A new version of an existing pipeline/ }));
    const search = screen.getByRole('searchbox', { name: 'Find a pipeline by name' });
    fireEvent.change(search, { target: { value: 'churn' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    const results = await screen.findByRole('list', { name: `Private to ${NS}` });
    await waitFor(() => expect(within(results).getAllByRole('button')).toHaveLength(1));
    fireEvent.click(within(results).getByRole('button', { name: 'churn-model' }));
    await waitFor(() =>
      expect(currentUrl()).toBe(`/pipelines/upload?pipeline=${wanted.pipeline_id}&ns=${NS}`),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Upload a new version' }),
    ).toBeInTheDocument();

    chooseFile('hello.yaml', V2);
    await screen.findByText(/Ready to upload/);
    const codeSource = screen.getByLabelText(/^Code source URL/);
    expect(screen.getByText(/KFP releases up to 2\.17 ignore it for a file/)).toBeInTheDocument();
    fireEvent.change(codeSource, { target: { value: 'not a url' } });
    fireEvent.click(screen.getByRole('button', { name: 'Upload version' }));
    expect(await screen.findByText(/Enter a complete URL/)).toBeInTheDocument();
    expect(page.sent).toEqual([]);

    fireEvent.change(codeSource, { target: { value: 'https://github.com/org/churn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Upload version' }));
    await waitFor(() => expect(currentUrl()).toMatch(/^\/pipelines\/[\w-]+\?version=/));
    expect(page.sent[0]?.url).toContain(
      `upload_version?pipelineid=${wanted.pipeline_id}&name=hello-`,
    );
    expect(page.sent[0]?.url).toContain('code_source_url=https%3A%2F%2Fgithub.com%2Forg%2Fchurn');
    const versions = [...page.emulator.store.versions.values()].filter(
      (v) => v.pipelineId === wanted.pipeline_id,
    );
    // A released KFP (the emulator's default, 2.17) ignores it on a file upload, as the form says.
    expect(versions.map((v) => v.codeSourceUrl)).toEqual(['', '']);
  });

  it('can switch a preselected pipeline for another one', async () => {
    const page = await setup();
    const first = await uploadPipeline(page.client, {
      file: new File([V2], 'a.yaml'),
      name: 'first',
      namespace: NS,
    });
    const second = await uploadPipeline(page.client, {
      file: new File([V2], 'b.yaml'),
      name: 'second',
      namespace: NS,
    });
    const { currentUrl } = page.render(`/pipelines/upload?pipeline=${first.pipeline_id}&ns=${NS}`);
    const target = await screen.findByText(/A new version of/);
    expect(await within(target).findByRole('link', { name: 'first' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Choose another pipeline' }));
    const results = await screen.findByRole('list', { name: `Private to ${NS}` });
    fireEvent.click(await within(results).findByRole('button', { name: 'second' }));
    await waitFor(() =>
      expect(currentUrl()).toBe(`/pipelines/upload?pipeline=${second.pipeline_id}&ns=${NS}`),
    );
    await waitFor(() =>
      expect(
        within(screen.getByText(/A new version of/)).getByRole('link', { name: 'second' }),
      ).toBeInTheDocument(),
    );
  });
});
