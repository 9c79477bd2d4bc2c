import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

/** The project root (this file lives in scripts/). */
export const projectRoot = resolve(here, '..');

/**
 * `../shared` beside the checkout: official KFP API specs and fixture pipelines. Tests read it but
 * never copy it into the project. Under CI=true it must be there; elsewhere a test may skip without it.
 */
export function sharedDir(): string | undefined {
  const dir = process.env.KFP_SHARED_DIR ?? resolve(projectRoot, '..', 'shared');
  if (existsSync(dir)) return dir;
  if (process.env.CI === 'true') {
    throw new Error(
      `CI=true but ${dir} is missing: the contract and fixture tests need ../shared beside the checkout.`,
    );
  }
  return undefined;
}

/** Like sharedDir, for tests that cannot run without it: throws with a clear message. */
export function requireSharedDir(): string {
  const dir = sharedDir();
  if (!dir)
    throw new Error(
      '../shared is missing beside the checkout (set KFP_SHARED_DIR to point at it).',
    );
  return dir;
}
