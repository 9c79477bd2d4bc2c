import { spawn, type ChildProcess } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { projectRoot } from './shared-dir.ts';

/**
 * `npm start`: the KFP emulator (API on 127.0.0.1:8888, identity provider on :5556) and the Vite
 * dev server (127.0.0.1:5173, proxying /pipeline and /api/workgroup to the emulator) as child
 * processes. Arguments are passed to the emulator (`npm start -- --auth none`). Ctrl-C stops both;
 * if one of them dies, the other is stopped too.
 */
export interface ProcessPlan {
  readonly name: string;
  readonly command: string;
  readonly args: readonly string[];
}

export function planProcesses(emulatorArgs: readonly string[], root = projectRoot): ProcessPlan[] {
  const bin = (name: string) => join(root, 'node_modules', '.bin', name);
  return [
    {
      name: 'emulator',
      command: bin('tsx'),
      args: [join(root, 'emulator', 'main.ts'), ...emulatorArgs],
    },
    {
      name: 'vite',
      command: bin('vite'),
      args: ['--host', '127.0.0.1', '--port', '5173', '--strictPort'],
    },
  ];
}

export function banner(emulatorArgs: readonly string[]): string {
  const noLogin = emulatorArgs.includes('none');
  return [
    'kfp-dashboard',
    '  dashboard   http://127.0.0.1:5173/',
    '  KFP API     http://127.0.0.1:8888/apis/v2beta1/healthz (the dashboard reaches it under /pipeline)',
    noLogin
      ? '  login       none (--auth none, single-user)'
      : '  login       alice/alice (kubeflow-alice), bob/bob (kubeflow-bob), carol/carol (kubeflow-carol + kubeflow-alice) at http://127.0.0.1:5556',
    '  Ctrl-C stops everything.',
  ].join('\n');
}

function prefixLines(
  name: string,
  stream: NodeJS.ReadableStream | null,
  out: NodeJS.WritableStream,
): void {
  let rest = '';
  stream?.setEncoding('utf8');
  stream?.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) out.write(`[${name}] ${line}\n`);
  });
  stream?.on('end', () => {
    if (rest !== '') out.write(`[${name}] ${rest}\n`);
  });
}

function main(): void {
  const emulatorArgs = process.argv.slice(2);
  const children: { name: string; child: ChildProcess }[] = planProcesses(emulatorArgs).map(
    (plan) => {
      const child = spawn(plan.command, plan.args, {
        cwd: projectRoot,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: process.env,
      });
      prefixLines(plan.name, child.stdout, process.stdout);
      prefixLines(plan.name, child.stderr, process.stderr);
      return { name: plan.name, child };
    },
  );
  process.stdout.write(`${banner(emulatorArgs)}\n`);

  let stopping = false;
  let exitCode = 0;
  const stopAll = (signal: NodeJS.Signals) => {
    stopping = true;
    for (const { child } of children)
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  for (const { name, child } of children) {
    child.on('exit', (code, signal) => {
      if (!stopping) {
        process.stderr.write(
          `[start] ${name} exited (${signal ?? `code ${String(code)}`}); stopping the rest\n`,
        );
        exitCode = code === null || code === 0 ? 1 : code;
        stopAll('SIGTERM');
      }
      if (children.every((c) => c.child.exitCode !== null || c.child.signalCode !== null))
        process.exit(exitCode);
    });
    child.on('error', (error) => {
      process.stderr.write(`[start] could not start ${name}: ${error.message}\n`);
      exitCode = 1;
      stopAll('SIGTERM');
    });
  }
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => stopAll(signal));
}

const invokedDirectly =
  process.argv[1] !== undefined && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url);
if (invokedDirectly) main();
