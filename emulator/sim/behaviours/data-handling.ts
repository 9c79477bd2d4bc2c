import { pyFloat } from './python.ts';
import { float, str, type ComponentDefinition, type PythonFailure } from './types.ts';

const typeError = (fn: string, code: string, detail: string): PythonFailure => ({
  exception: 'TypeError',
  message: detail,
  frames: [{ line: 0, fn, code }],
});

/** multiply(a: float, b: float) -> NamedTuple('Outputs', [('value', float), ('equation', str)]) */
export const multiply: ComponentDefinition = {
  names: ['multiply'],
  functionName: 'multiply',
  packages: [],
  failureLine: 3,
  run({ inputs, rng }) {
    const a = inputs.number('a');
    const b = inputs.number('b');
    if (a === undefined || b === undefined) {
      return {
        stdout: [],
        workMs: 40,
        failure: typeError(
          'multiply',
          'value = a * b',
          "unsupported operand type(s) for *: 'NoneType' and 'float'",
        ),
      };
    }
    const value = a * b;
    const equation = `${pyFloat(a)} * ${pyFloat(b)} = ${pyFloat(value)}`;
    return {
      outputs: { value: float(value), equation: str(equation) },
      stdout: [equation],
      workMs: rng.int(30, 120),
    };
  },
  injectedFailure: () => ({
    exception: 'OverflowError',
    message: 'int too large to convert to float',
    frames: [{ line: 0, fn: 'multiply', code: 'value = float(a) * float(b)' }],
  }),
};

/** write_result_to_text(value: float, text_path: OutputPath(str)) */
export const writeResultToText: ComponentDefinition = {
  names: ['write-result-to-text'],
  functionName: 'write_result_to_text',
  packages: [],
  failureLine: 4,
  run({ inputs, rng }) {
    const value = inputs.number('value') ?? inputs.firstNumber();
    const text = value === undefined ? (inputs.text('value') ?? '') : pyFloat(value);
    return {
      files: { text },
      stdout: [`Writing result ${text} to /tmp/outputs/text/data`],
      workMs: rng.int(20, 80),
    };
  },
  injectedFailure: () => ({
    exception: 'PermissionError',
    message: "[Errno 13] Permission denied: '/tmp/outputs/text/data'",
    frames: [{ line: 0, fn: 'write_result_to_text', code: "with open(text_path, 'w') as writer:" }],
  }),
};

const missingFile: PythonFailure = {
  exception: 'FileNotFoundError',
  message: "[Errno 2] No such file or directory: '/tmp/inputs/text/data'",
  frames: [{ line: 0, fn: 'get_text_file', code: "with open(text_path, 'r') as reader:" }],
};

/** get_text_file(text_path: InputPath(str)) -> str */
export const getTextFile: ComponentDefinition = {
  names: ['get-text-file'],
  functionName: 'get_text_file',
  packages: [],
  failureLine: 3,
  run({ inputs, rng }) {
    const content = inputs.file('text');
    if (content === undefined) return { stdout: [], workMs: 30, failure: missingFile };
    return {
      outputs: { Output: str(content) },
      stdout: [`Content of the text file: ${content}`],
      workMs: rng.int(20, 80),
    };
  },
  injectedFailure: () => missingFile,
};

export const dataHandlingComponents = [multiply, writeResultToText, getTextFile];
