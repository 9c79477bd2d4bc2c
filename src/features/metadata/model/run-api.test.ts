import { describe, expect, it } from 'vitest';
import { runApiOf } from './run-api.ts';

describe('runApiOf', () => {
  it('tells the native tasks API from task details + ML Metadata by the answer', () => {
    expect(runApiOf({ tasks: [], run_details: undefined })).toBe('tasks');
    expect(runApiOf({ tasks: [{}], run_details: { task_details: [{}] } })).toBe('tasks');
    expect(runApiOf({ tasks: undefined, run_details: { task_details: [{}] } })).toBe('mlmd');
  });

  it('stays undecided while the answer shows neither', () => {
    expect(runApiOf({ tasks: undefined, run_details: { task_details: [] } })).toBe('unknown');
    expect(runApiOf({ tasks: undefined, run_details: undefined })).toBe('unknown');
  });
});
