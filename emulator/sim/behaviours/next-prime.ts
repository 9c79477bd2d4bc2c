import { isPrime } from './recursion.ts';
import { int, json, type ComponentDefinition, type PythonFailure } from './types.ts';
import type { TaskInputs } from './task-io.ts';

/**
 * The kfp 2 rewrite of the tutorial's next-prime pipeline (sdk/kfp2): kfp 2 has no recursion, so
 * `candidates` lists start, start - 1, …, a ParallelFor runs `prime_or_zero` on each, and `largest`
 * takes the collected results.
 */

const typeError = (fn: string, code: string, message: string): PythonFailure => ({
  exception: 'TypeError',
  message,
  frames: [{ line: 0, fn, code }],
});

/** A `List[int]` input: kfp 2 passes it as a JSON list (a collected loop output too). */
function numbers(inputs: TaskInputs, name: string): number[] | undefined {
  const text = inputs.text(name);
  if (text === undefined) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(parsed)) return undefined;
  const values = parsed.map((v: unknown) => (typeof v === 'number' ? v : Number(v)));
  return values.every(Number.isFinite) ? values : undefined;
}

/** candidates(start: int, count: int) -> List[int] */
export const candidates: ComponentDefinition = {
  names: ['candidates'],
  functionName: 'candidates',
  packages: [],
  failureLine: 2,
  run({ inputs, rng }) {
    const start = inputs.number('start');
    const count = inputs.number('count');
    if (start === undefined || count === undefined) {
      return {
        stdout: [],
        workMs: 30,
        failure: typeError(
          'candidates',
          'range(start, start - count, -1)',
          "'NoneType' object cannot be interpreted as an integer",
        ),
      };
    }
    const list: number[] = [];
    for (let n = Math.trunc(start); n > Math.trunc(start) - Math.trunc(count); n--)
      if (n >= 2) list.push(n);
    return {
      outputs: { Output: json(list) },
      stdout: [`Candidates: [${list.join(', ')}]`],
      workMs: rng.int(20, 60),
    };
  },
  injectedFailure: () =>
    typeError(
      'candidates',
      'range(start, start - count, -1)',
      "'float' object cannot be interpreted as an integer",
    ),
};

/** prime_or_zero(number: int) -> int */
export const primeOrZero: ComponentDefinition = {
  names: ['prime-or-zero'],
  functionName: 'prime_or_zero',
  packages: [],
  failureLine: 4,
  run({ inputs, rng }) {
    const n = inputs.number('number') ?? inputs.firstNumber();
    if (n === undefined) {
      return {
        stdout: [],
        workMs: 30,
        failure: typeError(
          'prime_or_zero',
          'number > 1',
          "'>' not supported between instances of 'NoneType' and 'int'",
        ),
      };
    }
    const value = Math.trunc(n);
    const prime = isPrime(value);
    return {
      outputs: { Output: int(prime ? value : 0) },
      stdout: [
        `Checking if ${value} is a prime number`,
        `${value} is prime: ${prime ? 'True' : 'False'}`,
      ],
      workMs: rng.int(20, 90),
    };
  },
  injectedFailure: () => ({
    exception: 'ZeroDivisionError',
    message: 'integer division or modulo by zero',
    frames: [{ line: 0, fn: 'prime_or_zero', code: 'number % divisor != 0' }],
  }),
};

/** largest(numbers: List[int]) -> int */
export const largest: ComponentDefinition = {
  names: ['largest'],
  functionName: 'largest',
  packages: [],
  failureLine: 2,
  run({ inputs, rng }) {
    const list = numbers(inputs, 'numbers');
    if (list === undefined) {
      return {
        stdout: [],
        workMs: 30,
        failure: typeError(
          'largest',
          'max(numbers, default=0)',
          "'NoneType' object is not iterable",
        ),
      };
    }
    const result = list.reduce((a, b) => Math.max(a, b), 0);
    return {
      outputs: { Output: int(result) },
      stdout: [`Largest prime among the candidates: ${result}`],
      workMs: rng.int(20, 60),
    };
  },
  injectedFailure: () =>
    typeError('largest', 'max(numbers, default=0)', "'NoneType' object is not iterable"),
};

export const nextPrimeComponents = [candidates, primeOrZero, largest];
