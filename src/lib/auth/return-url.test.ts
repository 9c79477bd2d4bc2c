import { describe, expect, it } from 'vitest';
import { recordSignInAttempt, safeReturnUrl } from './return-url.ts';

describe('safeReturnUrl', () => {
  it.each([
    ['/runs?ns=kubeflow-alice#x', '/runs?ns=kubeflow-alice#x'],
    ['/', '/'],
    ['//evil.example/path', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example/', '/'],
    ['javascript:alert(1)', '/'],
    ['/auth/callback?code=1', '/'],
    [undefined, '/'],
    [42, '/'],
  ])('%j → %j', (value, expected) => {
    expect(safeReturnUrl(value)).toBe(expected);
  });
});

describe('recordSignInAttempt', () => {
  it('allows three trips a minute and flags the fourth as a loop', () => {
    const storage = window.sessionStorage;
    storage.clear();
    expect(recordSignInAttempt(storage, 1000)).toBe(false);
    expect(recordSignInAttempt(storage, 2000)).toBe(false);
    expect(recordSignInAttempt(storage, 3000)).toBe(false);
    expect(recordSignInAttempt(storage, 4000)).toBe(true);
    // A minute later the old trips no longer count.
    expect(recordSignInAttempt(storage, 70_000)).toBe(false);
  });

  it('survives garbage in storage', () => {
    window.sessionStorage.setItem('kfp-dashboard.sign-in-attempts', '{oops');
    expect(recordSignInAttempt(window.sessionStorage, 1)).toBe(false);
  });
});
