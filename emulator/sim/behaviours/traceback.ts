import type { PythonFailure, PythonFrame } from './types.ts';

const frameLines = (file: string, frame: PythonFrame) => [
  `  File "${frame.file ?? file}", line ${frame.line}, in ${frame.fn}`,
  `    ${frame.code}`,
];

/**
 * A Python traceback as the component's pod prints it. kfp 1.x runs the function from a temp file
 * (`python3 -u $(mktemp)`), kfp 2.x through `kfp.dsl.executor_main` with the function in
 * `ephemeral_component.py`.
 */
export function pythonTraceback(options: {
  kind: 'v1' | 'v2';
  programFile: string;
  functionName: string;
  failureLine: number;
  failure: PythonFailure;
}): string[] {
  const { kind, programFile, functionName, failureLine, failure } = options;
  const lines = ['Traceback (most recent call last):'];
  if (kind === 'v1') {
    lines.push(
      ...frameLines(programFile, {
        line: failureLine + 40,
        fn: '<module>',
        code: `_outputs = ${functionName}(**_parsed_args)`,
      }),
    );
  } else {
    const site = '/usr/local/lib/python3.10/site-packages/kfp/dsl';
    lines.push('  File "/usr/local/lib/python3.10/runpy.py", line 196, in _run_module_as_main');
    lines.push('    return _run_code(code, main_globals, None,');
    lines.push('  File "/usr/local/lib/python3.10/runpy.py", line 86, in _run_code');
    lines.push('    exec(code, run_globals)');
    lines.push(
      ...frameLines(`${site}/executor_main.py`, {
        line: 109,
        fn: '<module>',
        code: 'executor_main()',
      }),
    );
    lines.push(
      ...frameLines(`${site}/executor_main.py`, {
        line: 101,
        fn: 'executor_main',
        code: 'output_file = executor.execute()',
      }),
    );
    lines.push(
      ...frameLines(`${site}/executor.py`, {
        line: 361,
        fn: 'execute',
        code: 'result = self.func(**func_kwargs)',
      }),
    );
  }
  const [first, ...rest] = failure.frames;
  if (first)
    lines.push(
      ...frameLines(programFile, { ...first, line: first.file ? first.line : failureLine }),
    );
  for (const frame of rest) lines.push(...frameLines(programFile, frame));
  lines.push(
    failure.message === '' ? failure.exception : `${failure.exception}: ${failure.message}`,
  );
  return lines;
}
