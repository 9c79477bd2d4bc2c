import { describe, expect, it } from 'vitest';
import { banner, planProcesses } from './start.ts';

describe('npm start', () => {
  it('starts the emulator with the given arguments and vite on 127.0.0.1:5173', () => {
    const [emulator, vite] = planProcesses(['--auth', 'none'], '/repo');
    expect(emulator).toEqual({
      name: 'emulator',
      command: '/repo/node_modules/.bin/tsx',
      args: ['/repo/emulator/main.ts', '--auth', 'none'],
    });
    expect(vite).toEqual({
      name: 'vite',
      command: '/repo/node_modules/.bin/vite',
      args: ['--host', '127.0.0.1', '--port', '5173', '--strictPort'],
    });
  });

  it('prints the URLs and the dev users (or says there is no login)', () => {
    expect(banner([])).toContain('alice/alice');
    expect(banner([])).toContain('http://127.0.0.1:5173/');
    expect(banner(['--auth', 'none'])).toContain('login       none');
  });
});
