import { describe, expect, it, vi } from 'vitest';
import { parseUnknown } from '../parse/reader.ts';
import type { UnauthorizedOutcome } from './client.ts';
import { client, fakeFetch, healthz } from './client.test-kit.ts';
import { ApiError, SessionExpiredError } from './errors.ts';
import { getHealthz } from './healthz.ts';

describe('session expiry', () => {
  const gatewayLogin = () =>
    new Response('<!doctype html><form>Sign in</form>', {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    });

  it.each([
    [
      'a 401',
      () => Response.json({ error: 'no token', code: 16, message: 'no token' }, { status: 401 }),
    ],
    ['an HTML login page where JSON was expected', gatewayLogin],
    [
      'a redirect to a login page',
      () => new Response(null, { status: 302, headers: { location: 'https://idp/login' } }),
    ],
  ])(
    '%s asks the auth layer, and fails with SessionExpiredError when it goes to sign in',
    async (_label, answer) => {
      const onUnauthorized = vi.fn(() => Promise.resolve<UnauthorizedOutcome>('redirecting'));
      const { fn } = fakeFetch(answer);
      await expect(
        client(fn, { onUnauthorized }).get('/apis/v2beta1/runs', parseUnknown),
      ).rejects.toBeInstanceOf(SessionExpiredError);
      expect(onUnauthorized).toHaveBeenCalledOnce();
    },
  );

  it('retries once with the renewed token', async () => {
    const tokens = ['old', 'new'];
    const { fn, calls } = fakeFetch(() => new Response('', { status: 401 }), healthz);
    const c = client(fn, {
      getToken: () => Promise.resolve(tokens.shift() ?? null),
      onUnauthorized: () => Promise.resolve('renewed'),
    });
    await expect(getHealthz(c)).resolves.toMatchObject({ multi_user: true });
    expect(calls.map((call) => call.headers.get('Authorization'))).toEqual([
      'Bearer old',
      'Bearer new',
    ]);
  });

  it('does not loop when the renewed token is refused too', async () => {
    const onUnauthorized = vi.fn(() => Promise.resolve<UnauthorizedOutcome>('renewed'));
    const { fn } = fakeFetch(
      () => new Response('', { status: 401 }),
      () => new Response('', { status: 401 }),
    );
    await expect(client(fn, { onUnauthorized }).get('/x', parseUnknown)).rejects.toBeInstanceOf(
      SessionExpiredError,
    );
    expect(onUnauthorized).toHaveBeenCalledOnce();
    expect(fn).toHaveBeenCalledTimes(2);
  });

  it('takes a plain 401 as the endpoint refusing when the call says so (apps/tensorboard)', async () => {
    const onUnauthorized = vi.fn(() => Promise.resolve<UnauthorizedOutcome>('redirecting'));
    const { fn } = fakeFetch(
      () =>
        new Response('User is not authorized to GET viewers in namespace team-b', {
          status: 401,
        }),
      () => new Response(null, { status: 302, headers: { location: 'https://idp/login' } }),
    );
    const c = client(fn, { onUnauthorized });
    const refused = c.getText('/apps/tensorboard', { refusedWith401: true });
    await expect(refused).rejects.toBeInstanceOf(ApiError);
    await expect(refused).rejects.toMatchObject({
      status: 401,
      message: 'User is not authorized to GET viewers in namespace team-b',
    });
    expect(onUnauthorized).not.toHaveBeenCalled();
    // A login redirect still means the session expired.
    await expect(c.getText('/apps/tensorboard', { refusedWith401: true })).rejects.toBeInstanceOf(
      SessionExpiredError,
    );
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('accepts HTML from the text endpoints (an artifact may be HTML)', async () => {
    const { fn } = fakeFetch(
      () => new Response('<h1>report</h1>', { headers: { 'content-type': 'text/html' } }),
    );
    await expect(client(fn).getText('/artifacts/get')).resolves.toBe('<h1>report</h1>');
  });
});
