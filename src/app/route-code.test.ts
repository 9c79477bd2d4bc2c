import { describe, expect, it } from 'vitest';
import { pageCodeFor } from './route-code.ts';

describe('pageCodeFor (the page whose code the start-up asks for first)', () => {
  it('matches the route table: lists, details, the fixed pages beside the ids, and 404', () => {
    expect(pageCodeFor('/')).toBeUndefined();
    expect(pageCodeFor('/runs')).toBe('runsList');
    expect(pageCodeFor('/runs/')).toBe('runsList');
    expect(pageCodeFor('/runs/new')).toBe('runsNew');
    expect(pageCodeFor('/runs/abc-123')).toBe('runDetails');
    expect(pageCodeFor('/pipelines/upload')).toBe('pipelinesUpload');
    expect(pageCodeFor('/pipelines/p1')).toBe('pipelineDetails');
    expect(pageCodeFor('/experiments/new')).toBe('experimentsNew');
    expect(pageCodeFor('/recurring-runs/r1')).toBe('recurringRunDetails');
    expect(pageCodeFor('/artifacts')).toBe('artifactsList');
    expect(pageCodeFor('/executions/7')).toBe('executionDetails');
    expect(pageCodeFor('/compare')).toBe('compare');
    expect(pageCodeFor('/compare/x')).toBe('notFound');
    expect(pageCodeFor('/runs/a/b')).toBe('notFound');
    expect(pageCodeFor('/nowhere')).toBe('notFound');
  });
});
