import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseConfig } from './config.ts';

const valid = {
  kfpBaseUrl: '/pipeline/',
  auth: {
    mode: 'oidc',
    authority: 'http://127.0.0.1:5556',
    clientId: 'kfp-dashboard',
    scope: 'openid profile',
    sendToken: 'id_token',
  },
  namespaces: { source: 'env-info', envInfoUrl: '/api/workgroup/env-info' },
};

function fieldOf(value: unknown): string {
  try {
    parseConfig(value);
  } catch (error) {
    if (error instanceof ConfigError) return error.field;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('reads a full oidc config and trims the trailing slash of the base URL', () => {
    expect(parseConfig(valid)).toEqual({
      kfpBaseUrl: '/pipeline',
      auth: {
        mode: 'oidc',
        authority: 'http://127.0.0.1:5556',
        clientId: 'kfp-dashboard',
        scope: 'openid profile',
        sendToken: 'id_token',
      },
      namespaces: { source: 'env-info', envInfoUrl: '/api/workgroup/env-info' },
    });
  });

  it('fills defaults: scope, sendToken, env-info namespaces', () => {
    const config = parseConfig({
      kfpBaseUrl: '/pipeline',
      auth: { mode: 'oidc', authority: 'https://dex.example.com', clientId: 'c' },
    });
    expect(config.auth).toMatchObject({
      scope: 'openid profile email offline_access',
      sendToken: 'access_token',
    });
    expect(config.namespaces).toEqual({
      source: 'env-info',
      envInfoUrl: '/api/workgroup/env-info',
    });
  });

  it('reads proxy and none modes and a static namespace list', () => {
    expect(
      parseConfig({ kfpBaseUrl: '', auth: { mode: 'proxy', logoutUrl: '/oauth2/sign_out' } }).auth,
    ).toEqual({
      mode: 'proxy',
      logoutUrl: '/oauth2/sign_out',
    });
    const none = parseConfig({
      kfpBaseUrl: '/',
      auth: { mode: 'none' },
      namespaces: { source: 'static', list: ['a', 'b'] },
    });
    expect(none).toEqual({
      kfpBaseUrl: '',
      auth: { mode: 'none' },
      namespaces: { source: 'static', list: ['a', 'b'] },
    });
  });

  it.each([
    ['a missing base URL', { ...valid, kfpBaseUrl: undefined }, 'kfpBaseUrl'],
    [
      'a base URL on another origin',
      { ...valid, kfpBaseUrl: 'https://kfp.example.com' },
      'kfpBaseUrl',
    ],
    ['a protocol-relative base URL', { ...valid, kfpBaseUrl: '//kfp.example.com' }, 'kfpBaseUrl'],
    ['no auth', { ...valid, auth: undefined }, 'auth'],
    ['an unknown auth mode', { ...valid, auth: { mode: 'saml' } }, 'auth.mode'],
    ['a missing client id', { ...valid, auth: { ...valid.auth, clientId: '' } }, 'auth.clientId'],
    [
      'an authority that is no URL',
      { ...valid, auth: { ...valid.auth, authority: 'dex' } },
      'auth.authority',
    ],
    [
      'a bad sendToken',
      { ...valid, auth: { ...valid.auth, sendToken: 'refresh_token' } },
      'auth.sendToken',
    ],
    ['a misspelt setting', { ...valid, auth: { ...valid.auth, clientID: 'x' } }, 'auth.clientID'],
    ['an unknown top-level key', { ...valid, tensorbord: 'x' }, 'tensorbord'],
    [
      'an unknown namespace source',
      { ...valid, namespaces: { source: 'ldap' } },
      'namespaces.source',
    ],
    [
      'an empty static list',
      { ...valid, namespaces: { source: 'static', list: [] } },
      'namespaces.list',
    ],
    [
      'a non-string namespace',
      { ...valid, namespaces: { source: 'static', list: ['a', 3] } },
      'namespaces.list[1]',
    ],
    [
      'an env-info URL on another origin',
      { ...valid, namespaces: { source: 'env-info', envInfoUrl: 'https://x/y' } },
      'namespaces.envInfoUrl',
    ],
  ])('names the field for %s', (_label, value, field) => {
    expect(fieldOf(value)).toBe(field);
  });

  it('reads the TensorBoard URL template (a path or an http(s) URL); without it there is none', () => {
    expect(
      parseConfig({ ...valid, tensorboard: { urlTemplate: '/tensorboard/?logdir={logdir}' } })
        .tensorboard,
    ).toEqual({ urlTemplate: '/tensorboard/?logdir={logdir}' });
    expect(
      parseConfig({
        ...valid,
        tensorboard: { urlTemplate: 'https://tb.example.com/{namespace}/#logdir={logdir}' },
      }).tensorboard?.urlTemplate,
    ).toBe('https://tb.example.com/{namespace}/#logdir={logdir}');
    expect(parseConfig(valid)).not.toHaveProperty('tensorboard');
  });

  it.each([
    [
      'a TensorBoard template that is no URL',
      { urlTemplate: 'javascript:alert(1)//{logdir}' },
      'tensorboard.urlTemplate',
    ],
    [
      'a protocol-relative TensorBoard template',
      { urlTemplate: '//tb.example.com/{logdir}' },
      'tensorboard.urlTemplate',
    ],
    [
      'an unknown TensorBoard placeholder',
      { urlTemplate: '/tb/?dir={log_dir}' },
      'tensorboard.urlTemplate',
    ],
    ['an empty TensorBoard template', { urlTemplate: '' }, 'tensorboard.urlTemplate'],
    [
      'a misspelt TensorBoard setting',
      { urlTemplate: '/tb/{logdir}', url: '/tb' },
      'tensorboard.url',
    ],
  ])('names the field for %s', (_label, tensorboard, field) => {
    expect(fieldOf({ ...valid, tensorboard })).toBe(field);
  });

  it('says which TensorBoard placeholder is unknown', () => {
    expect(() =>
      parseConfig({ ...valid, tensorboard: { urlTemplate: '/tb/?dir={log_dir}' } }),
    ).toThrow(/placeholders are \{logdir\} and \{namespace\} \(not \{log_dir\}\)/);
  });

  it('rejects something that is not an object', () => {
    expect(() => parseConfig([])).toThrow(ConfigError);
  });

  it('says what is wrong in the message', () => {
    expect(() => parseConfig({ ...valid, auth: { ...valid.auth, clientId: 7 } })).toThrow(
      'config.json: "auth.clientId" should be a non-empty string, but is 7',
    );
  });
});

describe('loadConfig', () => {
  it('fetches and validates', async () => {
    const config = await loadConfig('/config.json', () => Promise.resolve(Response.json(valid)));
    expect(config.kfpBaseUrl).toBe('/pipeline');
  });

  it('reports a missing file and invalid JSON as ConfigError', async () => {
    await expect(
      loadConfig('/config.json', () => Promise.resolve(new Response('nope', { status: 404 }))),
    ).rejects.toThrow('could not be loaded from /config.json: HTTP 404');
    await expect(
      loadConfig('/config.json', () => Promise.resolve(new Response('{"kfpBaseUrl": }'))),
    ).rejects.toThrow(/is not valid JSON/);
  });
});
