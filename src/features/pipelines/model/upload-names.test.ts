import { describe, expect, it } from 'vitest';
import { nameFromFileName, nameFromUrl, versionNameFor } from './upload-names.ts';

describe('pipeline names from files and URLs', () => {
  it('drops folders and the pipeline extensions, like the server', () => {
    expect(nameFromFileName('train.yaml')).toBe('train');
    expect(nameFromFileName('C:\\work\\my.pipeline.yml')).toBe('my.pipeline');
    expect(nameFromFileName('bundle.tar.gz')).toBe('bundle');
    expect(nameFromFileName('bundle.TGZ')).toBe('bundle');
    expect(nameFromFileName('spec.json')).toBe('spec');
    expect(nameFromFileName('notes.txt')).toBe('notes.txt');
  });

  it('takes the last path segment of a URL', () => {
    expect(nameFromUrl('https://example.com/pipelines/xgboost%20demo.yaml?raw=true')).toBe(
      'xgboost demo',
    );
    expect(nameFromUrl('https://example.com/')).toBe('');
    expect(nameFromUrl('not a url')).toBe('');
  });

  it('suggests a version name with the local date and time', () => {
    expect(versionNameFor('train', new Date(2026, 2, 4, 9, 5, 7))).toBe('train-20260304-090507');
    expect(versionNameFor('', new Date(2026, 11, 31, 23, 59, 59))).toBe('version-20261231-235959');
  });
});
