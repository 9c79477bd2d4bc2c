import { zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { checkPipelineFile } from './upload-check.ts';
import type { SpecCheck, SpecChecker } from './upload-problem.ts';

const encoder = new TextEncoder();

/** The spec check is the graph feature's (tested with the route); here it records what reached it. */
function recordingChecker(answer: SpecCheck = { ok: true, kind: 'v2', pipelineName: 'p' }) {
  const seen: string[] = [];
  const check: SpecChecker = (text) => {
    seen.push(text);
    return answer;
  };
  return { check, seen };
}

describe('checkPipelineFile', () => {
  it('refuses a file over 32 MB without reading it', async () => {
    const big = new File([new Uint8Array(40 * 1024 * 1024)], 'big.yaml');
    const read = vi.spyOn(big, 'arrayBuffer');
    const { check, seen } = recordingChecker();
    expect(await checkPipelineFile(big, check)).toEqual({
      ok: false,
      problem: {
        kind: 'too-large',
        message: 'big.yaml is 40 MB; the KFP server takes pipeline files of at most 32 MB.',
      },
    });
    expect(read).not.toHaveBeenCalled();
    expect(seen).toEqual([]);
  });

  it('refuses types the server does not take, with a hint for upper-case extensions', async () => {
    const { check, seen } = recordingChecker();
    const txt = await checkPipelineFile(new File(['a: 1'], 'notes.txt'), check);
    expect(txt).toMatchObject({ ok: false, problem: { kind: 'unsupported-type' } });
    expect(txt.ok ? '' : txt.problem.message).toMatch(
      /^notes\.txt is not a pipeline file: choose a \.yaml/,
    );
    const upper = await checkPipelineFile(new File(['a: 1'], 'PIPELINE.YAML'), check);
    expect(upper.ok ? '' : upper.problem.message).toMatch(/rename it to end in \.yaml\.$/);
    const fakeZip = await checkPipelineFile(new File(['a: 1'], 'p.zip'), check);
    expect(fakeZip).toEqual({
      ok: false,
      problem: { kind: 'archive', message: 'p.zip is not a valid zip archive.' },
    });
    expect(seen).toEqual([]);
  });

  it('refuses a binary file before any YAML parsing', async () => {
    const { check, seen } = recordingChecker();
    const result = await checkPipelineFile(
      new File([new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0])], 'pipeline.yaml'),
      check,
    );
    expect(result).toMatchObject({
      ok: false,
      problem: {
        kind: 'binary',
        message:
          'pipeline.yaml is a program (ELF), not a text file. A pipeline file is YAML or JSON text.',
      },
    });
    expect(seen).toEqual([]);
  });

  it('hands the text of a plain file or of the archive entry to the spec check', async () => {
    const { check, seen } = recordingChecker({ ok: true, kind: 'argo', pipelineName: 'coin' });
    expect(await checkPipelineFile(new File(['kind: Workflow\n'], 'coin.yaml'), check)).toEqual({
      ok: true,
      kind: 'argo',
      pipelineName: 'coin',
      entryName: undefined,
    });
    // Archives are told by content, like the server does: this one has no archive extension.
    const archive = zipSync({ 'pipeline.yaml': encoder.encode('pipelineInfo: {}\n') });
    expect(
      await checkPipelineFile(new File([archive], 'bundle.ai-hub-package'), check),
    ).toMatchObject({ ok: true, entryName: 'pipeline.yaml' });
    expect(seen).toEqual(['kind: Workflow\n', 'pipelineInfo: {}\n']);
  });

  it('reports YAML errors with the first position, and names the archive entry', async () => {
    const { check } = recordingChecker({
      ok: false,
      problem: 'yaml',
      issues: [
        { message: 'Nested mappings are not allowed in compact mappings', line: 3, column: 9 },
        { message: 'Implicit map keys need to be followed by map values', line: 5, column: 1 },
      ],
    });
    const plain = await checkPipelineFile(new File(['x'], 'broken.yaml'), check);
    expect(plain).toMatchObject({
      ok: false,
      problem: {
        kind: 'yaml',
        message:
          'YAML error at line 3, column 9: Nested mappings are not allowed in compact mappings',
      },
    });
    expect(plain.ok ? [] : plain.problem.issues).toHaveLength(2);
    const zipped = await checkPipelineFile(
      new File([zipSync({ 'pipeline.yaml': encoder.encode('x') })], 'b.zip'),
      check,
    );
    expect(zipped).toMatchObject({
      ok: false,
      problem: {
        entryName: 'pipeline.yaml',
        message:
          'pipeline.yaml (in the archive): YAML error at line 3, column 9: Nested mappings are not allowed in compact mappings',
      },
    });
  });

  it('passes "not a pipeline" on as it is', async () => {
    const { check } = recordingChecker({
      ok: false,
      problem: 'not-a-pipeline',
      message: 'Not a pipeline: it is a Pod.',
    });
    expect(await checkPipelineFile(new File(['kind: Pod'], 'pod.yaml'), check)).toEqual({
      ok: false,
      problem: { kind: 'not-a-pipeline', message: 'Not a pipeline: it is a Pod.' },
    });
  });
});
