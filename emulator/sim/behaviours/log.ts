import type { TaskExecution } from '../types.ts';
import type { Random } from './random.ts';
import { pythonTraceback } from './traceback.ts';
import type { PythonFailure } from './types.ts';

const defaultStart = Date.parse('2026-01-05T09:00:00Z');

export const startTime = (task: TaskExecution): number => {
  const parsed = task.startedAt ? Date.parse(task.startedAt) : NaN;
  return Number.isNaN(parsed) ? defaultStart : parsed;
};

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Python logging's default asctime: `2026-03-04 10:00:03,120`. */
export function pythonAsctime(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())},${pad(d.getUTCMilliseconds(), 3)}`;
}

/** A glog header as the KFP v2 launcher writes it: `I0304 10:00:03.120482      19 file.go:90] `. */
function glog(
  level: 'I' | 'F',
  ms: number,
  micros: number,
  where: string,
  message: string,
): string {
  const d = new Date(ms);
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}${pad(micros, 3)}`;
  return `${level}${pad(d.getUTCMonth() + 1)}${pad(d.getUTCDate())} ${time}      19 ${where}] ${message}`;
}

export interface LogParts {
  readonly task: TaskExecution;
  readonly rng: Random;
  readonly functionName: string;
  readonly failureLine: number;
  readonly pip: { readonly lines: readonly string[]; readonly durationMs: number };
  readonly stdout: readonly string[];
  readonly workMs: number;
  readonly failure?: PythonFailure;
  /** Output names the launcher reports having uploaded (v2). */
  readonly uploaded: readonly string[];
}

/** Milliseconds the v2 launcher spends before the user code starts. */
export const launcherOverheadMs = 1400;

/** The pod's main-container log and its run time. */
export function assembleLog(parts: LogParts): { lines: string[]; durationMs: number } {
  const { task, rng, failure } = parts;
  const start = startTime(task);
  const programFile =
    task.pipelineKind === 'v1'
      ? `/tmp/tmp.${tmpSuffix(rng)}`
      : `/tmp/tmp.${tmpSuffix(rng)}/ephemeral_component.py`;
  const traceback = failure
    ? pythonTraceback({
        kind: task.pipelineKind,
        programFile,
        functionName: parts.functionName,
        failureLine: parts.failureLine,
        failure,
      })
    : [];
  if (task.pipelineKind === 'v1') {
    const durationMs = parts.pip.durationMs + parts.workMs + rng.int(200, 900);
    return { lines: [...parts.pip.lines, ...parts.stdout, ...traceback], durationMs };
  }
  const micros = () => rng.int(0, 999);
  const label = `exec-${task.component.replace(/^(comp|exec)-/, '')}`;
  const preamble = [
    glog(
      'I',
      start + 120,
      micros(),
      'launcher_v2.go:90',
      `input ComponentSpec:{"executorLabel":"${label}"}`,
    ),
    glog(
      'I',
      start + 125,
      micros(),
      'cache.go:139',
      'Cannot detect ml-pipeline in the same namespace, default to ml-pipeline.kubeflow:8887 as KFP endpoint.',
    ),
    glog(
      'I',
      start + 126,
      micros(),
      'cache.go:116',
      'Connecting to cache endpoint ml-pipeline.kubeflow:8887',
    ),
    glog(
      'I',
      start + 410,
      micros(),
      'launcher_v2.go:753',
      `Executor ${task.component} started, attempt ${task.attempt + 1}`,
    ),
  ];
  const end = start + launcherOverheadMs + parts.pip.durationMs + parts.workMs;
  const epilogue = failure
    ? [glog('F', end + 40, micros(), 'main.go:58', 'failed to execute component: exit status 1')]
    : [
        ...parts.uploaded.map((name, i) =>
          glog(
            'I',
            end + 60 + i * 15,
            micros(),
            'launcher_v2.go:1021',
            `uploaded output artifact "${name}"`,
          ),
        ),
        glog(
          'I',
          end + 90 + parts.uploaded.length * 15,
          micros(),
          'launcher_v2.go:159',
          'publish success.',
        ),
      ];
  const durationMs =
    launcherOverheadMs + parts.pip.durationMs + parts.workMs + 200 + parts.uploaded.length * 15;
  return {
    lines: [...preamble, ...parts.pip.lines, ...parts.stdout, ...traceback, ...epilogue],
    durationMs,
  };
}

function tmpSuffix(rng: Random): string {
  const chars = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  let out = '';
  for (let i = 0; i < 10; i++) out += chars[rng.int(0, chars.length - 1)] ?? 'x';
  return out;
}
