import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { UploadTransportProvider } from '@/features/pipelines/components/upload';
import { uploadPipeline } from '@/lib/kfp/pipelines.ts';
import {
  fetchTransport,
  type TransportRequest,
  type UploadTransport,
} from '@/lib/kfp/upload-transport.ts';
import { createTestSession, renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { Component as UploadPage } from './pipelines-upload.tsx';

const NS = 'kubeflow-alice';
const V2 =
  'pipelineInfo:\n  name: hello-world\nroot:\n  dag:\n    tasks: {}\nschemaVersion: 2.1.0\n';

/** The in-process emulator; uploads go through a fetch transport that records them. `render` opens the page. */
async function setup(
  wrap: (transport: UploadTransport) => UploadTransport = (t) => t,
  token = 'alice',
) {
  const emulator = await createTestEmulator();
  const sent: TransportRequest[] = [];
  const base = fetchTransport(emulator.fetch);
  const transport = wrap((request) => {
    sent.push(request);
    return base(request);
  });
  const client = emulator.client('alice');
  const render = (url = `/pipelines/upload?ns=${NS}`) =>
    renderWithApp(
      <UploadTransportProvider transport={transport}>
        <UploadPage />
      </UploadTransportProvider>,
      {
        url,
        path: '/pipelines/upload',
        client,
        namespace: NS,
        session: { ...createTestSession().session, getToken: () => Promise.resolve(token) },
        routes: [{ path: '/pipelines/:pipelineId', element: <p>pipeline page</p> }],
      },
    );
  return { emulator, client, sent, render };
}

async function renderUploadPage(
  wrap?: (transport: UploadTransport) => UploadTransport,
  token?: string,
) {
  const page = await setup(wrap, token);
  return { ...page, ...page.render() };
}

let server: Server | undefined;
afterEach(
  () => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())),
);

/** A local host serving one pipeline file. (The emulator runs in happy-dom here, whose fetch wants CORS.) */
async function servePipeline(): Promise<string> {
  server = createServer((request, response) => {
    const headers = { 'access-control-allow-origin': '*' };
    if (request.url === '/p/train.yaml') response.writeHead(200, headers).end(V2);
    else response.writeHead(404, headers).end();
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address !== null ? (address satisfies AddressInfo).port : 0}`;
}

function chooseFile(name: string, content: BlobPart) {
  fireEvent.change(screen.getByLabelText('Pipeline file'), {
    target: { files: [new File([content], name)] },
  });
}

const submit = (name = 'Upload pipeline') => fireEvent.click(screen.getByRole('button', { name }));

describe('the upload page', () => {
  it('asks for a file and a name before sending anything', async () => {
    const { sent } = await renderUploadPage();
    expect(
      screen.getByRole('heading', { level: 1, name: 'Upload a pipeline' }),
    ).toBeInTheDocument();
    submit();
    expect(await screen.findByText('Choose a pipeline file.')).toBeInTheDocument();
    expect(screen.getByText('Enter a pipeline name.')).toBeInTheDocument();
    // The first field to fix gets the focus.
    expect(screen.getByLabelText('Pipeline file')).toHaveFocus();
    expect(sent).toEqual([]);
  });

  it('shows where a broken YAML file is wrong, and sends nothing', async () => {
    const { sent } = await renderUploadPage();
    chooseFile('broken.yaml', 'pipelineInfo:\n  name: x\nroot:\n  dag: {tasks: [\n');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file is not valid YAML');
    expect(alert).toHaveTextContent(/YAML error at line 5, column 1/);
    submit();
    expect(
      await screen.findByText('This file cannot be uploaded; choose another one.'),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Pipeline file')).toHaveFocus();

    chooseFile('worse.yaml', 'pipelineInfo:\n  name: x\n root: 1\nroot:\n  dag: {tasks: [\n');
    expect(
      await screen.findByText(
        'YAML error at line 3, column 1: All mapping items must start at the same column',
      ),
    ).toBeInTheDocument();
    const list = screen.getByRole('list', { name: 'More YAML errors' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual([
      'Line 4, column 1: Map keys must be unique',
      expect.stringMatching(/^Line 6, column 1: Flow sequence/),
      expect.stringMatching(/^Line 6, column 1: Flow map/),
    ]);
    expect(sent).toEqual([]);
  });

  it('explains a file that is not a pipeline, and a binary one', async () => {
    await renderUploadPage();
    chooseFile('pod.yaml', 'apiVersion: v1\nkind: Pod\n');
    expect(await screen.findByRole('alert')).toHaveTextContent('Not a pipeline');
    chooseFile('logo.json', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0]));
    expect(
      await screen.findByText(
        'logo.json is a PNG image, not a text file. A pipeline file is YAML or JSON text.',
      ),
    ).toBeInTheDocument();
  });

  it('uploads a valid file named after it and opens the new pipeline version', async () => {
    const { sent, currentUrl, emulator } = await renderUploadPage();
    chooseFile('hello.yaml', V2);
    expect(await screen.findByText(/KFP v2 pipeline “hello-world”/)).toBeInTheDocument();
    expect(screen.getByLabelText('Pipeline name')).toHaveValue('hello');
    fireEvent.change(screen.getByLabelText(/^Description/), { target: { value: 'says hello' } });
    submit();
    await waitFor(() =>
      expect(currentUrl()).toMatch(/^\/pipelines\/[\w-]+\?version=[\w-]+&ns=kubeflow-alice$/),
    );
    expect(sent).toHaveLength(1);
    expect(sent[0]?.url).toContain(
      '/pipeline/apis/v2beta1/pipelines/upload?name=hello&description=says+hello&namespace=kubeflow-alice',
    );
    const [created] = [...emulator.store.pipelines.values()].filter((p) => p.name === 'hello');
    expect(currentUrl()).toContain(`/pipelines/${created?.id ?? 'missing'}?`);
  });

  it('shows upload progress and can cancel an upload', async () => {
    let release: () => void = () => undefined;
    const slow =
      (transport: UploadTransport): UploadTransport =>
      (request) => {
        request.onProgress?.({ loaded: 512, total: 1024 });
        return new Promise((resolve, reject) => {
          request.signal?.addEventListener('abort', () =>
            reject(new DOMException('cancelled', 'AbortError')),
          );
          release = () => void transport(request).then(resolve, reject);
        });
      };
    const { emulator } = await renderUploadPage(slow);
    chooseFile('hello.yaml', V2);
    await screen.findByText(/Ready to upload/);
    submit();
    expect(await screen.findByText('Uploading… 50% (512 bytes of 1 KB)')).toBeInTheDocument();
    expect(screen.getByRole('progressbar', { name: 'Upload progress' })).toHaveAttribute(
      'value',
      '50',
    );
    expect(screen.getByLabelText('Pipeline name')).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel upload' }));
    expect(await screen.findByText('Upload cancelled; nothing was created.')).toBeInTheDocument();
    expect(screen.getByLabelText('Pipeline name')).toHaveValue('hello');
    act(() => release());
    expect([...emulator.store.pipelines.values()].some((p) => p.name === 'hello')).toBe(false);
  });

  it('offers a new version when the name is taken, and uploads it there', async () => {
    const { client, currentUrl, emulator } = await renderUploadPage();
    const existing = await uploadPipeline(client, {
      file: new File([V2], 'hello.yaml'),
      name: 'hello',
      namespace: NS,
    });
    chooseFile('hello.yaml', V2);
    await screen.findByText(/Ready to upload/);
    submit();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('A pipeline named “hello” already exists');
    fireEvent.click(
      await within(alert).findByRole('button', { name: 'Upload as a new version of “hello”' }),
    );

    await waitFor(() =>
      expect(currentUrl()).toBe(`/pipelines/upload?pipeline=${existing.pipeline_id}&ns=${NS}`),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Upload a new version' }),
    ).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Upload version' })).toHaveFocus(),
    );
    expect(screen.getByText(/Ready to upload/)).toBeInTheDocument();
    expect(screen.getByDisplayValue(/^hello-\d{8}-\d{6}$/)).toBe(
      screen.getByLabelText('Version name'),
    );
    submit('Upload version');
    await waitFor(() =>
      expect(currentUrl()).toMatch(
        new RegExp(`^/pipelines/${existing.pipeline_id}\\?version=[\\w-]+&ns=${NS}$`),
      ),
    );
    expect(
      [...emulator.store.versions.values()].filter((v) => v.pipelineId === existing.pipeline_id),
    ).toHaveLength(2);
  });

  it('shows a server refusal next to the form and keeps the input', async () => {
    // bob's token in alice's namespace: the upload endpoint answers 400 "pipeline upload denied".
    await renderUploadPage(undefined, 'bob');
    chooseFile('hello.yaml', V2);
    await screen.findByText(/Ready to upload/);
    fireEvent.change(screen.getByLabelText('Pipeline name'), { target: { value: 'everyone' } });
    submit();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The server refused the request');
    expect(alert).toHaveTextContent(/denied/);
    expect(screen.getByLabelText('Pipeline name')).toHaveValue('everyone');
    expect(screen.getByText(/Ready to upload/)).toBeInTheDocument();
  });

  it('names the pipeline a version goes to, and imports a version from a URL the server downloads', async () => {
    const page = await setup();
    const existing = await uploadPipeline(page.client, {
      file: new File([V2], 'base.yaml'),
      name: 'base',
      namespace: NS,
    });
    const { currentUrl } = page.render(
      `/pipelines/upload?pipeline=${existing.pipeline_id}&ns=${NS}`,
    );
    const target = await screen.findByText(/A new version of/);
    expect(await within(target).findByRole('link', { name: 'base' })).toHaveAttribute(
      'href',
      `/pipelines/${existing.pipeline_id}?ns=${NS}`,
    );
    fireEvent.click(screen.getByRole('radio', { name: /Import from a URL/ }));
    expect(
      screen.getByText(/most hosts do not let web pages read their files \(CORS\)/),
    ).toBeInTheDocument();
    const url = `${await servePipeline()}/p/train.yaml`;
    fireEvent.change(screen.getByLabelText('Package URL'), { target: { value: url } });
    expect(screen.getByDisplayValue(/^train-\d{8}-\d{6}$/)).toBe(
      screen.getByLabelText('Version name'),
    );
    submit('Upload version');
    await waitFor(() =>
      expect(currentUrl()).toMatch(
        new RegExp(`^/pipelines/${existing.pipeline_id}\\?version=[\\w-]+&ns=${NS}$`),
      ),
    );
    const versions = [...page.emulator.store.versions.values()].filter(
      (v) => v.pipelineId === existing.pipeline_id,
    );
    expect(versions.map((v) => v.packageUrl)).toEqual(['', url]);
    // The server downloaded it: nothing went through the upload transport.
    expect(page.sent).toEqual([]);
  });

  it('says when the pipeline of a new version cannot be loaded, and does not offer to upload', async () => {
    (await setup()).render(`/pipelines/upload?pipeline=no-such-pipeline&ns=${NS}`);
    expect(await screen.findByText(/Cannot add a version/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Upload version' })).toBeDisabled();
  });
});
