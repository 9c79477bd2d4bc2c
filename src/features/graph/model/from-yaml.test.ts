import { describe, expect, it } from 'vitest';
import { parseYamlDocuments, pipelineDocumentFromYaml } from './from-yaml.ts';
import { graphFromYaml } from './spec-to-graph.ts';

describe('parseYamlDocuments', () => {
  it('reports syntax errors with line and column', () => {
    const result = parseYamlDocuments('a: 1\nb: [1, 2\nc: 3\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({ line: 3, column: 1 });
    expect(result.errors[0]?.message).not.toContain('at line');
  });

  it('reads JSON too, and drops empty documents', () => {
    expect(parseYamlDocuments('{"a": [1, 2]}')).toEqual({ ok: true, documents: [{ a: [1, 2] }] });
    expect(parseYamlDocuments('---\na: 1\n---\n')).toEqual({ ok: true, documents: [{ a: 1 }] });
  });

  it('accepts a quoted scalar continued on an under-indented line, as PyYAML and the KFP server do', () => {
    const text = [
      'command:',
      '  - sh',
      '  - "first \\',
      '  \\ second"',
      '  - "third',
      '  fourth"',
      'next: 1',
      '',
    ].join('\n');
    expect(parseYamlDocuments(text)).toEqual({
      ok: true,
      documents: [{ command: ['sh', 'first  second', 'third fourth'], next: 1 }],
    });
  });
});

describe('pipelineDocumentFromYaml', () => {
  it('wraps a pipeline followed by a platform spec like the API does', () => {
    const result = pipelineDocumentFromYaml(
      'pipelineInfo: {name: p}\nroot: {dag: {tasks: {}}}\n---\nplatforms: {kubernetes: {}}\n',
    );
    expect(result).toEqual({
      ok: true,
      value: {
        pipeline_spec: { pipelineInfo: { name: 'p' }, root: { dag: { tasks: {} } } },
        platform_spec: { platforms: { kubernetes: {} } },
      },
    });
  });

  it('refuses empty files and unexpected extra documents', () => {
    expect(pipelineDocumentFromYaml('# nothing\n')).toEqual({
      ok: false,
      errors: [{ message: 'The file is empty.', line: 0, column: 0 }],
    });
    const extra = pipelineDocumentFromYaml('a: 1\n---\nb: 2\n');
    expect(extra.ok ? '' : extra.errors[0]?.message).toBe(
      'Expected one pipeline document, optionally followed by a platform spec (platforms: …); found 2 documents.',
    );
  });
});

describe('graphFromYaml', () => {
  it('puts the first YAML error position in the message, and keeps every issue', () => {
    const result = graphFromYaml('root:\n  dag: {tasks: [\n');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error).toMatch(/^YAML error at line \d+, column \d+: /);
    expect(result.issues?.length).toBeGreaterThan(0);
  });

  it('explains a document that is not a pipeline', () => {
    expect(graphFromYaml('kind: Deployment\napiVersion: apps/v1\n')).toEqual({
      ok: false,
      error:
        'Not a pipeline: apiVersion is apps/v1 and kind is Deployment; an Argo pipeline needs apiVersion argoproj.io/v1alpha1 and kind Workflow.',
    });
  });

  it('builds a graph from a small v2 pipeline', () => {
    const result = graphFromYaml(
      'pipelineInfo: {name: p}\nroot:\n  dag:\n    tasks:\n      a: {componentRef: {name: comp-a}}\n      b: {componentRef: {name: comp-a}, dependentTasks: [a]}\n',
    );
    expect(result.ok && [...result.graph.nodes.keys()]).toEqual(['root/a', 'root/b']);
    expect(result.ok && result.graph.edges.map((edge) => edge.id)).toEqual(['root/a->root/b']);
  });
});
