/**
 * Where to go after signing in. Only a path on this origin is accepted ("/runs?ns=x"), never
 * "//evil.example" or "https://…", so a crafted state cannot send the user elsewhere.
 */
export function safeReturnUrl(value: unknown): string {
  if (
    typeof value !== 'string' ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.startsWith('/\\')
  ) {
    return '/';
  }
  if (value.startsWith('/auth/callback')) return '/';
  return value;
}

export function currentUrl(): string {
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

const ATTEMPTS_KEY = 'kfp-dashboard.sign-in-attempts';
const WINDOW_MS = 60_000;
const MAX_ATTEMPTS = 3;

function readAttempts(storage: Storage, now: number): number[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(storage.getItem(ATTEMPTS_KEY) ?? '[]');
  } catch {
    parsed = [];
  }
  if (!Array.isArray(parsed)) return [];
  return parsed.filter((t): t is number => typeof t === 'number' && now - t < WINDOW_MS);
}

/**
 * Records a trip to the identity provider and says whether it is one too many (a redirect loop:
 * the provider signs us in at once, the server refuses the token, and round it goes).
 */
export function recordSignInAttempt(storage: Storage, now = Date.now()): boolean {
  const attempts = [...readAttempts(storage, now), now];
  storage.setItem(ATTEMPTS_KEY, JSON.stringify(attempts));
  return attempts.length > MAX_ATTEMPTS;
}

export function clearSignInAttempts(storage: Storage): void {
  storage.removeItem(ATTEMPTS_KEY);
}
