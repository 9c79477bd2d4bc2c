import { describe, expect, it } from 'vitest';
import {
  initialUploadValues,
  toUploadRequest,
  validateUpload,
  type ChosenFile,
  type UploadContext,
  type UploadFormValues,
} from './upload-form.ts';

const at = new Date(2026, 0, 2, 3, 4, 5);
const file = new File(['pipelineInfo: {}'], 'train.yaml');
const checked: ChosenFile = {
  file,
  check: { ok: true, kind: 'v2', pipelineName: 'train', entryName: undefined },
  chosenAt: at,
};
const newPipeline: UploadContext = {
  target: { kind: 'pipeline', namespace: 'kubeflow-alice' },
  chosen: checked,
  openedAt: at,
};
const newVersion: UploadContext = {
  target: { kind: 'version', pipelineId: 'p-1' },
  chosen: checked,
  openedAt: at,
};
const values = (patch: Partial<UploadFormValues> = {}): UploadFormValues => ({
  ...initialUploadValues,
  ...patch,
});

describe('validateUpload', () => {
  it('needs a checked, valid file', () => {
    expect(validateUpload(values(), { ...newPipeline, chosen: undefined })).toEqual({
      file: 'Choose a pipeline file.',
      name: 'Enter a pipeline name.',
    });
    expect(
      validateUpload(values(), { ...newPipeline, chosen: { ...checked, check: undefined } }),
    ).toEqual({ file: 'Wait until the file has been checked.' });
    const refused: ChosenFile = {
      ...checked,
      check: { ok: false, problem: { kind: 'binary', message: 'no' } },
    };
    expect(validateUpload(values(), { ...newPipeline, chosen: refused })).toEqual({
      file: 'This file cannot be uploaded; choose another one.',
    });
    expect(validateUpload(values(), newPipeline)).toEqual({});
  });

  it('needs an http(s) URL for an import', () => {
    const url = (u: string) =>
      validateUpload(values({ source: 'url', url: u, name: 'n' }), newPipeline).url;
    expect(url('')).toBe('Enter the URL of a pipeline file.');
    expect(url('ftp://host/p.yaml')).toBe('Enter an http:// or https:// URL.');
    expect(url('host/p.yaml')).toMatch(/^Enter a complete URL/);
    expect(url(' https://host/p.yaml ')).toBeUndefined();
  });

  it('needs a name that is not blank', () => {
    expect(validateUpload(values({ name: '   ' }), newPipeline)).toEqual({
      name: 'Enter a pipeline name.',
    });
    expect(validateUpload(values({ name: '' }), newVersion)).toEqual({
      name: 'Enter a version name.',
    });
  });
});

describe('the code source URL', () => {
  it('is optional, but an http(s) URL when given, and is sent trimmed', () => {
    expect(validateUpload(values({ codeSourceUrl: '  ' }), newPipeline)).toEqual({});
    expect(validateUpload(values({ codeSourceUrl: 'github.com/x' }), newPipeline)).toEqual({
      codeSourceUrl:
        'Enter a complete URL, such as https://github.com/org/repo, or leave it empty.',
    });
    expect(validateUpload(values({ codeSourceUrl: 'ftp://x/y' }), newVersion)).toEqual({
      codeSourceUrl: 'Enter an http:// or https:// URL, or leave it empty.',
    });
    expect(
      toUploadRequest(values({ codeSourceUrl: ' https://github.com/org/repo ' }), newVersion),
    ).toMatchObject({ kind: 'file-version', codeSourceUrl: 'https://github.com/org/repo' });
    expect(toUploadRequest(values(), newVersion)).toMatchObject({ codeSourceUrl: undefined });
  });
});

describe('toUploadRequest', () => {
  it('names a new pipeline after its file and keeps it private to the namespace', () => {
    expect(toUploadRequest(values({ description: ' first ' }), newPipeline)).toEqual({
      kind: 'file-pipeline',
      file,
      name: 'train',
      displayName: undefined,
      description: 'first',
      namespace: 'kubeflow-alice',
    });
  });

  it('sends no namespace for a shared pipeline', () => {
    expect(
      toUploadRequest(
        values({ visibility: 'shared', name: 'mine', displayName: 'Mine' }),
        newPipeline,
      ),
    ).toMatchObject({
      name: 'mine',
      displayName: 'Mine',
      namespace: undefined,
    });
  });

  it('stamps a version name so it does not collide with the first version', () => {
    expect(toUploadRequest(values(), newVersion)).toMatchObject({
      kind: 'file-version',
      pipelineId: 'p-1',
      name: 'train-20260102-030405',
    });
  });

  it('imports from a URL, named after its last segment', () => {
    expect(
      toUploadRequest(values({ source: 'url', url: 'https://h/x/coin.yaml' }), newPipeline),
    ).toEqual({
      kind: 'url-pipeline',
      url: 'https://h/x/coin.yaml',
      name: 'coin',
      displayName: undefined,
      description: undefined,
      namespace: 'kubeflow-alice',
    });
    expect(
      toUploadRequest(values({ source: 'url', url: 'https://h/x/coin.yaml' }), newVersion),
    ).toMatchObject({ kind: 'url-version', name: 'coin-20260102-030405' });
  });

  it('gives nothing while the form is invalid', () => {
    expect(toUploadRequest(values({ source: 'url', url: '' }), newPipeline)).toBeUndefined();
  });
});
