import { describe, expect, it } from 'vitest';
import {
  recallNamespace,
  rememberNamespace,
  resolveNamespace,
  type NamespaceInputs,
} from './resolve-namespace.ts';

const base: NamespaceInputs = {
  multiUser: true,
  available: ['kubeflow-alice', 'team-a'],
  openEnded: false,
  requested: null,
  remembered: null,
};

describe('resolveNamespace', () => {
  it('has no namespace in a single-user install', () => {
    expect(resolveNamespace({ ...base, multiUser: false, requested: 'x' })).toEqual({
      kind: 'single-user',
    });
  });

  it('takes ?ns= when the user has it', () => {
    expect(resolveNamespace({ ...base, requested: 'team-a' })).toEqual({
      kind: 'ok',
      namespace: 'team-a',
    });
  });

  it('denies a namespace the user is not in', () => {
    expect(resolveNamespace({ ...base, requested: 'kubeflow-bob' })).toEqual({
      kind: 'denied',
      namespace: 'kubeflow-bob',
    });
  });

  it('lets the server decide for cluster admins and static lists', () => {
    expect(resolveNamespace({ ...base, openEnded: true, requested: 'kubeflow-bob' })).toEqual({
      kind: 'ok',
      namespace: 'kubeflow-bob',
    });
  });

  it('without ?ns= goes to the remembered namespace, else the first', () => {
    expect(resolveNamespace({ ...base, remembered: 'team-a' })).toEqual({
      kind: 'redirect',
      namespace: 'team-a',
    });
    expect(resolveNamespace({ ...base, remembered: 'gone' })).toEqual({
      kind: 'redirect',
      namespace: 'kubeflow-alice',
    });
    expect(resolveNamespace(base)).toEqual({ kind: 'redirect', namespace: 'kubeflow-alice' });
  });

  it('says so when the user has no namespace at all', () => {
    expect(resolveNamespace({ ...base, available: [] })).toEqual({ kind: 'none-available' });
  });

  it('remembers the namespace in storage', () => {
    rememberNamespace('team-a', window.localStorage);
    expect(recallNamespace(window.localStorage)).toBe('team-a');
  });
});
