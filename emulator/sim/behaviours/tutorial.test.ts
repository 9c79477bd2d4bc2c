import { describe, expect, it } from 'vitest';
import { executeComponent } from './index.ts';
import { isPrime } from './recursion.ts';
import { decode, testTask } from '../../testing/test-task.ts';

describe('data handling (v1)', () => {
  it('multiply really multiplies and exports outputs as parameters and artifacts', () => {
    const result = executeComponent(
      testTask({
        component: 'multiply',
        inputs: { a: '3', b: '4.5' },
        outputParameters: [
          { name: 'multiply-value', type: 'Float' },
          { name: 'multiply-equation', type: 'String' },
        ],
        outputArtifacts: [
          { name: 'multiply-value', type: 'Float' },
          { name: 'multiply-equation', type: 'String' },
        ],
      }),
    );
    expect(result.outcome).toBe('succeeded');
    expect(result.outputs).toEqual({
      'multiply-value': '13.5',
      'multiply-equation': '3.0 * 4.5 = 13.5',
    });
    expect(decode(result.artifacts['multiply-value'])).toBe('13.5');
    expect(result.log).toContain('3.0 * 4.5 = 13.5');
  });

  it('multiply gives native numbers in v2', () => {
    const result = executeComponent(
      testTask({
        component: 'comp-multiply',
        pipelineKind: 'v2',
        inputs: { a: 6, b: 7 },
        outputParameters: [{ name: 'value', type: 'NUMBER_DOUBLE' }],
      }),
    );
    expect(result.outputs).toEqual({ value: 42 });
  });

  it('multiply without its inputs fails like Python would', () => {
    const result = executeComponent(testTask({ component: 'multiply', inputs: { a: '2' } }));
    expect(result.outcome).toBe('failed');
    expect(result.log.at(-1)).toMatch(/^TypeError: unsupported operand/);
  });

  it('the text file carries the number to get_text_file', () => {
    const written = executeComponent(
      testTask({
        component: 'write-result-to-text',
        inputs: { 'multiply-value': '13.5' },
        outputArtifacts: [{ name: 'write-result-to-text-text', type: 'String' }],
      }),
    );
    const file = written.artifacts['write-result-to-text-text'];
    expect(decode(file)).toBe('13.5');
    const read = executeComponent(
      testTask({
        component: 'get-text-file',
        inputArtifacts: file ? { 'write-result-to-text-text': file } : {},
        outputParameters: [{ name: 'get-text-file-Output', type: 'String' }],
      }),
    );
    expect(read.outputs).toEqual({ 'get-text-file-Output': '13.5' });
    expect(read.log).toContain('Content of the text file: 13.5');
  });

  it('get_text_file without its file fails with FileNotFoundError', () => {
    const result = executeComponent(testTask({ component: 'get-text-file' }));
    expect(result.outcome).toBe('failed');
    expect(result.log.at(-1)).toBe(
      "FileNotFoundError: [Errno 2] No such file or directory: '/tmp/inputs/text/data'",
    );
  });
});

describe('recursion, conditions and exit handlers (v1)', () => {
  it('decides primes', () => {
    expect([1, 2, 3, 4, 17, 21, 97, 100].map(isPrime)).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
      true,
      false,
    ]);
  });

  it('check_if_prime prints and outputs True/False as kfp 1.x does', () => {
    const spec = [{ name: 'check-if-prime-Output', type: 'Bool' }];
    expect(
      executeComponent(
        testTask({ component: 'check-if-prime', inputs: { start: '13' }, outputParameters: spec }),
      ).outputs,
    ).toEqual({ 'check-if-prime-Output': 'True' });
    const eight = executeComponent(
      testTask({
        component: 'check-if-prime',
        inputs: { 'sub-one-Output': '8' },
        outputParameters: spec,
      }),
    );
    expect(eight.outputs).toEqual({ 'check-if-prime-Output': 'False' });
    expect(eight.log).toContain('8 is prime: False');
  });

  it('sub_one subtracts and cs_print prints the prime', () => {
    expect(
      executeComponent(
        testTask({
          component: 'sub-one',
          inputs: { start: '20' },
          outputParameters: [{ name: 'sub-one-Output', type: 'Integer' }],
        }),
      ).outputs,
    ).toEqual({
      'sub-one-Output': '19',
    });
    const printed = executeComponent(testTask({ component: 'cs-print', inputs: { number: '19' } }));
    expect(printed.log).toContain('The next prime number is: 19');
  });

  it('exit_task prints', () => {
    expect(executeComponent(testTask({ component: 'exit-task' })).log.join('\n')).toContain(
      'Exit handler',
    );
  });
});
