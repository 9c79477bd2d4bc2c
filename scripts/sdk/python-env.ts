/**
 * Python virtual environments with the real kfp SDKs our users use: `.venv/kfp1` (kfp 1.8, the
 * tutorial's) and `.venv/kfp2` (kfp 2.x), each installed from PyPI with the exact versions pinned in
 * sdk/<kind>/requirements.txt. Made on first use and remade when the requirements change (a stamp
 * holds their hash), so a fresh machine needs only python3 with venv and pip.
 */
import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** A venv per tool: the two kfp SDKs, and schemathesis for the property-based API tests. */
export type SdkKind = 'kfp1' | 'kfp2' | 'schemathesis';

export const projectRoot = resolve(import.meta.dirname, '../..');
export const sdkDir = join(projectRoot, 'sdk');

function run(command: string, args: readonly string[]): void {
  execFileSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'], cwd: projectRoot });
}

/** The venv's python for `kind`, after making sure it holds exactly the pinned packages. */
export function sdkPython(kind: SdkKind): string {
  const venv = join(projectRoot, '.venv', kind);
  const python = join(venv, 'bin', 'python');
  const requirements = join(sdkDir, kind, 'requirements.txt');
  const hash = createHash('sha256').update(readFileSync(requirements)).digest('hex');
  const stamp = join(venv, '.requirements-sha256');
  if (existsSync(python) && existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) return python;
  rmSync(venv, { recursive: true, force: true });
  try {
    run('python3', ['-m', 'venv', venv]);
  } catch (error) {
    throw new Error(
      `could not create ${venv} with "python3 -m venv" (Debian: apt-get install -y python3-venv)`,
      { cause: error },
    );
  }
  run(python, ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', '-r', requirements]);
  writeFileSync(stamp, hash);
  return python;
}

/** Runs `python script args…` in the kind's venv from `cwd` (without blocking the event loop); resolves to stdout. */
export function runPython(
  kind: SdkKind,
  script: string,
  args: readonly string[],
  options: RunOptions,
): Promise<string> {
  return runInVenv(sdkPython(kind), [script, ...args], options);
}

export interface RunOptions {
  readonly cwd: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

/** Runs one of the venv's programs (its python, or a console script such as schemathesis's `st`). */
export async function runInVenv(
  program: string,
  args: readonly string[],
  options: RunOptions,
): Promise<string> {
  try {
    const { stdout } = await execFileAsync(program, [...args], {
      cwd: options.cwd,
      env: { ...process.env, PYTHONWARNINGS: 'ignore', ...options.env },
      encoding: 'utf8',
      timeout: options.timeoutMs ?? 120_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    return stdout;
  } catch (error) {
    const output = (key: string): string => {
      const value: unknown =
        typeof error === 'object' && error !== null ? Reflect.get(error, key) : undefined;
      return typeof value === 'string' ? value : '';
    };
    throw new Error(
      `${program} ${args.join(' ')} failed:\n${output('stdout').slice(-6000)}\n${output('stderr').slice(-4000)}`,
      { cause: error },
    );
  }
}

/** Compiles the tutorial's pipelines of `kind` into `outDir` with the real compiler. */
export async function compileTutorial(kind: SdkKind, outDir: string): Promise<void> {
  await runPython(kind, 'compile.py', [outDir], { cwd: join(sdkDir, kind) });
}

if (process.argv[1] === import.meta.filename) {
  // `npx tsx scripts/sdk/python-env.ts compile`: rewrites the seed's compiled tutorial pipelines.
  const seedDir = join(projectRoot, 'emulator/seed/pipelines');
  for (const kind of ['kfp1', 'kfp2'] as const) {
    sdkPython(kind);
    if (process.argv[2] === 'compile') await compileTutorial(kind, seedDir);
  }
}
