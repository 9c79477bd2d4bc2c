import { describe, expect, it } from 'vitest';
import { defaultRedirectUris, parseOptions, UsageError } from './options.ts';

describe('parseOptions', () => {
  it('has the documented defaults', () => {
    expect(parseOptions([], {})).toEqual({
      port: 8888,
      host: '127.0.0.1',
      auth: 'oidc',
      dataDir: undefined,
      seed: true,
      profile: 'default',
      speed: 1,
      simSeed: 1,
      idpPort: 5556,
      runApi: 'released',
      redirectUris: defaultRedirectUris,
      postLogoutRedirectUris: ['http://127.0.0.1:5173/', 'http://127.0.0.1:4173/'],
    });
  });

  it('reads every flag, and redirect URIs from flags or the environment', () => {
    const options = parseOptions(
      [
        '--port',
        '9000',
        '--auth',
        'none',
        '--data-dir',
        '/tmp/x',
        '--no-seed',
        '--profile',
        'large',
        '--speed',
        '10',
        '--idp-port',
        '6000',
        '--run-api',
        'next',
        '--redirect-uri',
        'http://127.0.0.1:3000/cb',
      ],
      { KFP_POST_LOGOUT_REDIRECT_URIS: 'http://127.0.0.1:3000/, http://127.0.0.1:3001/' },
    );
    expect(options).toMatchObject({
      port: 9000,
      auth: 'none',
      dataDir: '/tmp/x',
      seed: false,
      profile: 'large',
      speed: 10,
      idpPort: 6000,
      runApi: 'next',
      redirectUris: ['http://127.0.0.1:3000/cb'],
      postLogoutRedirectUris: ['http://127.0.0.1:3000/', 'http://127.0.0.1:3001/'],
    });
    expect(parseOptions(['--help'], {})).toBe('help');
  });

  it('refuses bad values with a clear message', () => {
    const bad: [string[], RegExp][] = [
      [['--auth', 'maybe'], /--auth must be oidc or none/],
      [['--port', 'x'], /--port must be an integer/],
      [['--speed', '0'], /--speed must be a positive number/],
      [['--profile', 'huge'], /--profile/],
      [['--run-api', 'legacy'], /--run-api must be released or next/],
      [['--host', 'localhost'], /127.0.0.1/],
      [['--redirect-uri', 'http://localhost:5173/cb'], /127.0.0.1/],
      [['--colour'], /Unknown option/],
    ];
    for (const [argv, message] of bad) {
      expect(() => parseOptions(argv, {}), argv.join(' ')).toThrow(UsageError);
      expect(() => parseOptions(argv, {}), argv.join(' ')).toThrow(message);
    }
  });
});
