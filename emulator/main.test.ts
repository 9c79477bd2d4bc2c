import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { accessTokenFor } from './idp/sign-in.ts';
import { startEmulator } from './main.ts';
import { parseOptions, type EmulatorOptions } from './options.ts';
import { addPipelineYaml, uploadForm } from './testing/test-pipelines.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'kfp-main-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

function options(argv: string[]): EmulatorOptions {
  const parsed = parseOptions(['--port', '0', '--idp-port', '0', '--no-seed', ...argv], {});
  if (parsed === 'help') throw new Error('unexpected help');
  return parsed;
}

describe('startEmulator', () => {
  it('serves the API over HTTP behind the identity provider, keeps data across restarts, seeds a fresh store', async () => {
    const first = await startEmulator(options(['--data-dir', dataDir]));
    try {
      expect(await (await fetch(`${first.url}/apis/v2beta1/healthz`)).json()).toEqual({
        multi_user: true,
        pipeline_store: 'database',
      });
      const anonymous = await fetch(`${first.url}/apis/v2beta1/pipelines?namespace=kubeflow-alice`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('content-type')).toContain('application/json');
      const issuer = first.issuer ?? '';
      const token = await accessTokenFor({
        issuer,
        redirectUri: 'http://127.0.0.1:5173/auth/callback',
        username: 'alice',
        password: 'alice',
      });
      const headers = { authorization: `Bearer ${token}` };
      const uploaded = await fetch(
        `${first.url}/apis/v2beta1/pipelines/upload?namespace=kubeflow-alice&name=kept`,
        {
          method: 'POST',
          headers,
          body: uploadForm('kept.yaml', addPipelineYaml),
        },
      );
      expect(uploaded.status).toBe(200);
      const envInfo = await fetch(`${first.url}/api/workgroup/env-info`, { headers });
      expect(await envInfo.json()).toMatchObject({ namespaces: [{ namespace: 'kubeflow-alice' }] });
      expect(
        (await fetch(`${first.url}/apis/v2beta1/pipelines?namespace=kubeflow-bob`, { headers }))
          .status,
      ).toBe(403);
    } finally {
      await first.close();
    }

    const second = await startEmulator(options(['--data-dir', dataDir]));
    try {
      const token = await accessTokenFor({
        issuer: second.issuer ?? '',
        redirectUri: 'http://127.0.0.1:5173/auth/callback',
        username: 'alice',
        password: 'alice',
      });
      const kept = await fetch(
        `${second.url}/apis/v2beta1/pipelines/names/kept?namespace=kubeflow-alice`,
        { headers: { authorization: `Bearer ${token}` } },
      );
      expect(kept.status).toBe(200);
      expect(await kept.json()).toMatchObject({ name: 'kept', namespace: 'kubeflow-alice' });
    } finally {
      await second.close();
    }

    const single = await startEmulator({ ...options(['--auth', 'none']), seed: true });
    try {
      expect(single.issuer).toBeUndefined();
      expect(single.contents).toMatch(
        /^[1-9]\d* pipelines, [1-9]\d* experiments, [1-9]\d* runs, [1-9]\d* recurring runs$/,
      );
      const runs: unknown = await (
        await fetch(`${single.url}/apis/v2beta1/runs?page_size=5`)
      ).json();
      expect(JSON.stringify(runs)).toMatch(/"state":"(PENDING|RUNNING|SUCCEEDED|FAILED|CANCELED)"/);
      const listed: unknown = await (await fetch(`${single.url}/apis/v2beta1/experiments`)).json();
      expect(JSON.stringify(listed)).toContain('"display_name":"Default"');
    } finally {
      await single.close();
    }
  });

  it('writes nothing to the data dir (no compaction, no Default experiment) when it cannot listen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kfp-main-busy-'));
    const first = await startEmulator(options(['--data-dir', dir, '--auth', 'none']));
    await first.close();
    const files = () =>
      Object.fromEntries(
        readdirSync(dir)
          .sort()
          .map((name) => [name, readFileSync(join(dir, name), 'utf8')]),
      );
    const before = files();
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const address = busy.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    try {
      // A data dir whose journal still holds a change: compaction would rewrite both files.
      await expect(
        startEmulator(options(['--data-dir', dir, '--auth', 'none', '--port', String(port)])),
      ).rejects.toThrow(/EADDRINUSE/);
      expect(files()).toEqual(before);
    } finally {
      busy.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
