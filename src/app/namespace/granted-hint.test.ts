import { beforeEach, describe, expect, it } from 'vitest';
import { forgetGranted, rememberGranted, wasGranted } from './granted-hint.ts';

const SERVER = 'http://127.0.0.1:4173/pipeline';
const alice = { name: 'Alice', email: 'alice@example.com', subject: 'sub-alice' };
const bob = { name: 'Bob', email: 'bob@example.com', subject: 'sub-bob' };
const list = (namespaces: string[], openEnded = false) => ({
  namespaces,
  openEnded,
  user: undefined,
});

describe('granted namespaces hint', () => {
  beforeEach(() => localStorage.clear());

  it('says which namespaces env-info gave this user on this server last time', () => {
    rememberGranted(SERVER, alice, list(['kubeflow-alice', 'team-a']));
    expect(wasGranted(SERVER, alice, 'team-a')).toBe(true);
    expect(wasGranted(SERVER, alice, 'kubeflow-bob')).toBe(false);
    // Another user, or another server, has no hint.
    expect(wasGranted(SERVER, bob, 'team-a')).toBe(false);
    expect(wasGranted('http://127.0.0.1:4173/other', alice, 'team-a')).toBe(false);
  });

  it('takes every namespace as granted to a user env-info calls a cluster admin', () => {
    rememberGranted(SERVER, alice, list([], true));
    expect(wasGranted(SERVER, alice, 'anything')).toBe(true);
  });

  it('keeps nothing for a user the login mode does not know (proxy, none)', () => {
    rememberGranted(SERVER, null, list(['kubeflow-alice']));
    rememberGranted(SERVER, { name: 'x', email: undefined }, list(['kubeflow-alice']));
    expect(localStorage.length).toBe(0);
    expect(wasGranted(SERVER, null, 'kubeflow-alice')).toBe(false);
  });

  it('reads junk as no hint', () => {
    rememberGranted(SERVER, alice, list(['kubeflow-alice']));
    const key = localStorage.key(0) ?? '';
    for (const junk of [
      '{',
      '42',
      'null',
      '{"namespaces":"kubeflow-alice"}',
      '{"openEnded":"yes"}',
    ]) {
      localStorage.setItem(key, junk);
      expect(wasGranted(SERVER, alice, 'kubeflow-alice')).toBe(false);
    }
  });

  it("forgets one user's hints on every server at their sign-out, and only theirs", () => {
    rememberGranted(SERVER, alice, list(['kubeflow-alice']));
    rememberGranted('http://other', alice, list(['kubeflow-alice']));
    rememberGranted(SERVER, bob, list(['kubeflow-bob']));
    localStorage.setItem('kfp-dashboard:granted:not json', 'x');
    forgetGranted(alice);
    expect(wasGranted(SERVER, alice, 'kubeflow-alice')).toBe(false);
    expect(wasGranted('http://other', alice, 'kubeflow-alice')).toBe(false);
    expect(wasGranted(SERVER, bob, 'kubeflow-bob')).toBe(true);
    expect(localStorage.getItem('kfp-dashboard:granted:not json')).toBe('x');
  });
});
