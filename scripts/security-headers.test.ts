import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { appHeaders, issuerOrigin, parseAddHeaders } from './security-headers.ts';

const read = (path: string) => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('the shared header definition (deploy/nginx/*.conf, read by nginx and by Vite)', () => {
  it('reads the app headers nginx sends, with the issuer of config.json (or none) in the policy', () => {
    const conf = read('deploy/nginx/security-headers.conf');
    const names = parseAddHeaders(conf).map(([name]) => name);
    expect(names).toEqual([
      'Content-Security-Policy',
      'X-Frame-Options',
      'X-Content-Type-Options',
      'Referrer-Policy',
    ]);
    const csp = new Map(appHeaders(conf, 'http://127.0.0.1:5556')).get('Content-Security-Policy');
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:5556;");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('keycloak.example.com');
    const none = new Map(appHeaders(conf, undefined)).get('Content-Security-Policy');
    expect(none).toContain("connect-src 'self';");
    const dev = new Map(appHeaders(conf, undefined, 'abc')).get('Content-Security-Policy');
    expect(dev).toContain("script-src 'self' 'nonce-abc';");
  });

  it('takes the issuer origin from config.json', () => {
    expect(issuerOrigin(read('public/config.json'))).toBe('http://127.0.0.1:5556');
    expect(issuerOrigin('{"auth":{"mode":"none"}}')).toBeUndefined();
  });

  it('refuses a line it does not understand (nginx and Vite must not silently differ)', () => {
    expect(() => parseAddHeaders('add_header X-A "b";')).toThrow(/unexpected line/);
    expect(() => parseAddHeaders('expires 1d;')).toThrow(/unexpected line/);
  });

  it('includes the header set in every location of nginx.conf that adds a header of its own', () => {
    const conf = read('deploy/nginx.conf');
    const locations = conf.split(/\n\s*location /).slice(1);
    expect(locations.length).toBeGreaterThanOrEqual(4);
    for (const location of locations) {
      const body = location.slice(0, location.indexOf('}'));
      if (body.includes('add_header'))
        expect(body).toMatch(
          /include \/etc\/nginx\/kfp-dashboard\/(security|web-app)-headers\.conf;/,
        );
    }
  });
});

describe('the container (deploy/)', () => {
  it('runs as uid 101 with a read-only root filesystem and /tmp as its only writable mount', () => {
    expect(read('deploy/Dockerfile')).toMatch(/^USER 101$/m);
    expect(read('deploy/nginx.conf')).toMatch(/^\s*listen 8080;$/m);
    expect(read('deploy/nginx.conf')).toMatch(/^pid \/tmp\/nginx\.pid;$/m);
    const manifest: unknown = parse(read('deploy/kustomize/deployment.yaml'));
    const json = JSON.stringify(manifest);
    expect(json).toContain('"runAsUser":101');
    expect(json).toContain('"readOnlyRootFilesystem":true');
    expect(json).toContain('"runAsNonRoot":true');
    expect(json).toContain('{"name":"tmp","mountPath":"/tmp"}');
    expect(json).toContain('{"name":"tmp","emptyDir":');
  });
});
