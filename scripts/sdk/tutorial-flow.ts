import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmulator, type RunningEmulator } from '../../emulator/main.ts';
import { parseOptions } from '../../emulator/options.ts';
import { compileTutorial, projectRoot, runPython, sdkDir, type SdkKind } from './python-env.ts';

/** The committed compiled pipelines and a fresh compile of `kind`, file by file (name → [committed, fresh]). */
export async function recompiled(kind: SdkKind): Promise<Map<string, readonly [string, string]>> {
  const out = mkdtempSync(join(tmpdir(), `compile-${kind}-`));
  try {
    await compileTutorial(kind, out);
    const seedDir = join(projectRoot, 'emulator/seed/pipelines');
    return new Map(
      readdirSync(out).map((name) => [
        name,
        [readFileSync(join(seedDir, name), 'utf8'), readFileSync(join(out, name), 'utf8')],
      ]),
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** A multi-user emulator over HTTP on free ports, with its identity provider (fast simulated time). */
export async function startFlowEmulator(): Promise<RunningEmulator> {
  const options = parseOptions(
    ['--port', '0', '--idp-port', '0', '--no-seed', '--speed', '200'],
    {},
  );
  if (options === 'help') throw new Error('unexpected --help');
  return startEmulator(options);
}

/**
 * Runs the tutorial's upload_and_run flow (sdk/flows/upload_and_run_<kind>.py) as alice, with the
 * tutorial's .env values for this emulator passed as environment; returns its JSON summary line.
 */
export async function uploadAndRun(
  kind: SdkKind,
  emulator: RunningEmulator,
  args: { pipeline: string; name: string; experiment: string; params: Record<string, unknown> },
): Promise<Record<string, unknown>> {
  const stdout = await runPython(
    kind,
    `upload_and_run_${kind}.py`,
    [
      join(projectRoot, 'emulator/seed/pipelines', `${args.pipeline}.yaml`),
      args.name,
      args.experiment,
      JSON.stringify(args.params),
    ],
    {
      cwd: join(sdkDir, 'flows'),
      timeoutMs: 240_000,
      env: {
        KFP_ENDPOINT: emulator.url,
        KFP_NAMESPACE: 'kubeflow-alice',
        KUBE_USER: 'alice',
        KUBE_PW: 'alice',
        KEYCLOAK_TOKEN_URL: `${emulator.issuer ?? ''}/token`,
      },
    },
  );
  const last = stdout.trim().split('\n').at(-1) ?? '';
  const summary: unknown = JSON.parse(last);
  if (typeof summary !== 'object' || summary === null || Array.isArray(summary))
    throw new Error(`the flow printed no JSON summary: ${last}`);
  return Object.fromEntries(Object.entries(summary));
}
