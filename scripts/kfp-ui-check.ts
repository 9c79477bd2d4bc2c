/**
 * `npx tsx scripts/kfp-ui-check.ts /path/to/pipelines/frontend [--port 18931] [--idp-port 15931]
 * [--ui-port 13931] [--screens DIR]`: KFP's own UI (built from kubeflow/pipelines `frontend/` as
 * README says) as the judge of the emulator. Starts a single-user emulator (`--auth none --speed 20`,
 * KFP's UI sends no token) and KFP's node server pointed at it, the way a cluster wires it: the API
 * (ML_PIPELINE_SERVICE_*), ML Metadata over gRPC-web (METADATA_ENVOY_SERVICE_*), the object store
 * over S3 (MINIO_*, and MINIO_ENDPOINT_REWRITE for the endpoint KFP's launcher records) and the
 * Kubernetes API (a kubeconfig; the emulator serves the object store secret and pod logs). Then
 * visits the lists, v1 and v2 run pages (graph, node inputs/outputs, visualizations, logs), the
 * artifacts and executions pages, prints what rendered and every console error and failed request,
 * and saves screenshots. Exit code 1 when a page did not show what it should. Not part of `npm test`.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, chromiumPath } from './browser.ts';
import { portsFree, Servers, startKfpUi, waitForUrl } from './bench/servers.ts';
import { Api } from './kfp-ui-check/api.ts';
import { checks, runChecks } from './kfp-ui-check/pages.ts';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const at = args.indexOf(name);
  return at >= 0 ? (args[at + 1] ?? fallback) : fallback;
};
const kfpUiDir = args[0] && !args[0].startsWith('--') ? resolve(args[0]) : undefined;
if (!kfpUiDir) {
  console.error(
    'usage: npx tsx scripts/kfp-ui-check.ts KFP_FRONTEND_DIR [--port N] [--idp-port N] [--ui-port N] [--screens DIR]',
  );
  process.exit(2);
}
const port = flag('--port', '18931');
const idpPort = flag('--idp-port', '15931');
const uiPort = flag('--ui-port', '13931');
const screens = resolve(flag('--screens', '/tmp/screens/kfp-ui-check'));
const emulator = `http://127.0.0.1:${port}`;
const ui = `http://127.0.0.1:${uiPort}/`;

const busy = await portsFree([Number(port), Number(idpPort), Number(uiPort)]);
if (busy.length > 0) {
  console.error(`Ports in use: ${busy.join(', ')}. Pick others with --port/--idp-port/--ui-port.`);
  process.exit(1);
}
mkdirSync(screens, { recursive: true });
const kubeconfig = join(mkdtempSync(join(tmpdir(), 'kfp-ui-check-')), 'kubeconfig');
writeFileSync(
  kubeconfig,
  JSON.stringify({
    apiVersion: 'v1',
    kind: 'Config',
    clusters: [
      { name: 'emulator', cluster: { server: emulator, 'insecure-skip-tls-verify': true } },
    ],
    users: [{ name: 'emulator', user: { token: 'none' } }],
    contexts: [
      {
        name: 'emulator',
        context: { cluster: 'emulator', user: 'emulator', namespace: 'kubeflow' },
      },
    ],
    'current-context': 'emulator',
  }),
);

const servers = new Servers();
process.on('SIGINT', () => {
  servers.stopAll();
  process.exit(130);
});
try {
  servers.start('emulator', 'npx', [
    'tsx',
    'emulator/main.ts',
    '--port',
    port,
    '--idp-port',
    idpPort,
    '--auth',
    'none',
    '--speed',
    '20',
  ]);
  startKfpUi(servers, kfpUiDir, Number(uiPort), Number(port), {
    MINIO_HOST: '127.0.0.1',
    MINIO_NAMESPACE: '',
    MINIO_PORT: port,
    MINIO_ENDPOINT_REWRITE: `seaweedfs.kubeflow:9000=127.0.0.1:${port}`,
    FRONTEND_SERVER_NAMESPACE: 'kubeflow',
    KUBECONFIG: kubeconfig,
  });
  await waitForUrl(`${emulator}/apis/v2beta1/healthz`, 180_000);
  await waitForUrl(ui, 60_000);

  const api = new Api(emulator);
  const started = {
    dataVisualizationV2: await api.startRun(
      'Data visualization (kfp 2)',
      'check: data visualization v2',
    ),
    nextPrimeV2: await api.startRun('Next prime (kfp 2)', 'check: next prime v2'),
    terminated: await api.startRun('YOLO object detection', 'check: terminated'),
  };
  await api.waitFor(started.terminated, ['RUNNING']);
  await new Promise((resolve) => setTimeout(resolve, 1000));
  await api.call('POST', `/apis/v2beta1/runs/${started.terminated}:terminate`);
  const finished = ['SUCCEEDED', 'FAILED', 'CANCELED', 'SKIPPED'];
  const states = {
    dataVisualizationV2: await api.waitFor(started.dataVisualizationV2, finished),
    nextPrimeV2: await api.waitFor(started.nextPrimeV2, finished),
    terminated: await api.waitFor(started.terminated, finished),
  };
  console.log(`runs started here ended: ${JSON.stringify(states)}`);

  const ids = {
    multiply: await api.runId('Multiply 3 × 4'),
    visualize: await api.runId('Visualize example data'),
    sweep: await api.runId('Learning-rate sweep'),
    ...started,
  };
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  let failed = 0;
  try {
    for (const { name, result } of await runChecks(browser, ui, screens, checks(ids))) {
      const clean = result.problems.console.length === 0 && result.problems.requests.length === 0;
      if (!result.ok) failed++;
      console.log(`\n${result.ok ? 'OK  ' : 'FAIL'} ${name}${clean ? '' : ' (with errors)'}`);
      for (const note of result.notes) console.log(`     ${note}`);
      for (const request of result.problems.requests) console.log(`     request: ${request}`);
      for (const message of result.problems.console) console.log(`     console: ${message}`);
    }
  } finally {
    await browser.close();
  }
  console.log(
    `\n${failed === 0 ? 'all pages rendered' : `${failed} page(s) failed`}; screenshots in ${screens}`,
  );
  process.exitCode = failed === 0 ? 0 : 1;
} finally {
  servers.stopAll();
}
