import { existsSync } from 'node:fs';

/**
 * Playwright cannot download its own browsers here: tests and benchmarks drive Debian's chromium.
 * CHROMIUM_PATH overrides the lookup.
 */
const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export function chromiumPath(): string {
  for (const candidate of candidates) {
    if (candidate && existsSync(candidate)) return candidate;
  }
  throw new Error(
    "No chromium found. Install Debian's: apt-get update && apt-get install -y chromium (or set CHROMIUM_PATH).",
  );
}

/** Flags this machine needs: no sandbox as root, no GPU, and no background traffic to a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
