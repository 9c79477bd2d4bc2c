import { describe, expect, it } from 'vitest';
import { checkDevUserPassword, namespacesOf } from './users.ts';

describe('dev users', () => {
  it('gives each user their own namespace first, and carol also alice’s shared one', () => {
    expect(namespacesOf('alice')).toEqual(['kubeflow-alice']);
    expect(namespacesOf('bob')).toEqual(['kubeflow-bob']);
    expect(namespacesOf('carol')).toEqual(['kubeflow-carol', 'kubeflow-alice']);
    expect(namespacesOf('mallory')).toEqual([]);
  });

  it('checks passwords', () => {
    expect(checkDevUserPassword('carol', 'carol')?.email).toBe('carol@example.com');
    expect(checkDevUserPassword('carol', 'alice')).toBeUndefined();
  });
});
