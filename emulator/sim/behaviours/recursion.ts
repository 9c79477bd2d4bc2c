import { pyBool } from './python.ts';
import { bool, int, type ComponentDefinition } from './types.ts';

export function isPrime(n: number): boolean {
  if (!Number.isInteger(n) || n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}

const valueError = (fn: string, code: string, message: string) => ({
  exception: 'ValueError',
  message,
  frames: [{ line: 0, fn, code }],
});

const numberOf = (inputs: {
  number(name: string): number | undefined;
  firstNumber(): number | undefined;
}) => inputs.number('number') ?? inputs.firstNumber();

/** check_if_prime(number: int) -> bool */
export const checkIfPrime: ComponentDefinition = {
  names: ['check-if-prime'],
  functionName: 'check_if_prime',
  packages: [],
  failureLine: 4,
  run({ inputs, rng }) {
    const n = numberOf(inputs);
    if (n === undefined) {
      return {
        stdout: [],
        workMs: 30,
        failure: valueError(
          'check_if_prime',
          'number = int(number)',
          "invalid literal for int() with base 10: ''",
        ),
      };
    }
    const prime = isPrime(Math.trunc(n));
    return {
      outputs: { Output: bool(prime) },
      stdout: [
        `Checking if ${Math.trunc(n)} is a prime number`,
        `${Math.trunc(n)} is prime: ${pyBool(prime)}`,
      ],
      workMs: rng.int(20, 90),
    };
  },
  injectedFailure: () => ({
    exception: 'ZeroDivisionError',
    message: 'integer division or modulo by zero',
    frames: [{ line: 0, fn: 'check_if_prime', code: 'if number % divisor == 0:' }],
  }),
};

/** sub_one(number: int) -> int */
export const subOne: ComponentDefinition = {
  names: ['sub-one'],
  functionName: 'sub_one',
  packages: [],
  failureLine: 2,
  run({ inputs, rng }) {
    const n = numberOf(inputs);
    if (n === undefined) {
      return {
        stdout: [],
        workMs: 30,
        failure: valueError(
          'sub_one',
          'return number - 1',
          "invalid literal for int() with base 10: ''",
        ),
      };
    }
    const result = Math.trunc(n) - 1;
    return {
      outputs: { Output: int(result) },
      stdout: [`${Math.trunc(n)} - 1 = ${result}`],
      workMs: rng.int(20, 60),
    };
  },
  injectedFailure: () => ({
    exception: 'RecursionError',
    message: 'maximum recursion depth exceeded while calling a Python object',
    frames: [{ line: 0, fn: 'sub_one', code: 'return sub_one(number) - 1' }],
  }),
};

/** cs_print(number: int) -> int */
export const csPrint: ComponentDefinition = {
  names: ['cs-print'],
  functionName: 'cs_print',
  packages: [],
  failureLine: 2,
  run({ inputs, rng }) {
    const n = numberOf(inputs);
    const shown = n === undefined ? (inputs.text('number') ?? 'None') : String(Math.trunc(n));
    return {
      outputs: { Output: int(n ?? 0) },
      stdout: [`The next prime number is: ${shown}`],
      workMs: rng.int(20, 60),
    };
  },
  injectedFailure: () => ({
    exception: 'BrokenPipeError',
    message: '[Errno 32] Broken pipe',
    frames: [{ line: 0, fn: 'cs_print', code: "print(f'The next prime number is: {number}')" }],
  }),
};

/** exit_task() — runs whatever happened before it. */
export const exitTask: ComponentDefinition = {
  names: ['exit-task'],
  functionName: 'exit_task',
  packages: [],
  failureLine: 2,
  run({ rng }) {
    return {
      stdout: [
        'Exit handler: the pipeline has finished.',
        'This task runs even if a previous task failed.',
      ],
      workMs: rng.int(20, 60),
    };
  },
  injectedFailure: () => ({
    exception: 'SystemExit',
    message: '1',
    frames: [{ line: 0, fn: 'exit_task', code: 'sys.exit(1)' }],
  }),
};

export const recursionComponents = [checkIfPrime, subOne, csPrint, exitTask];
