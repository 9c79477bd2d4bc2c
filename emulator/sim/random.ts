/**
 * Deterministic hashing and pseudo-randomness: everything the simulator "rolls" derives from the
 * run seed, the run id and a path, so a restarted emulator recomputes the same run.
 */

const encoder = new TextEncoder();

/** 32-bit FNV-1a of the UTF-8 bytes (Argo uses it for node ids and pod names). */
export function fnv32a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of encoder.encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A well-mixed 32-bit seed from any parts. */
export function hashSeed(...parts: readonly (string | number)[]): number {
  let h = fnv32a(parts.map(String).join('\u0000'));
  // murmur3 finalizer
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35) >>> 0;
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: a small seeded PRNG returning floats in [0, 1). */
export function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A float in [0, 1) for one named roll. */
export function roll(...parts: readonly (string | number)[]): number {
  return prng(hashSeed(...parts))();
}

function hex8(n: number): string {
  return n.toString(16).padStart(8, '0');
}

/** A UUID-shaped (version 4 layout) deterministic id. */
export function uuidFrom(...parts: readonly (string | number)[]): string {
  const a = hex8(hashSeed(...parts, 'a'));
  const b = hex8(hashSeed(...parts, 'b'));
  const c = hex8(hashSeed(...parts, 'c'));
  const d = hex8(hashSeed(...parts, 'd'));
  const variant = ((parseInt(c.slice(0, 1), 16) & 0x3) | 0x8).toString(16);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${variant}${c.slice(1, 4)}-${c.slice(4)}${d}`;
}

/** A positive int64-like decimal string (for MLMD-style ids). */
export function int64From(...parts: readonly (string | number)[]): string {
  return String((hashSeed(...parts) % 900_000_000) + 100_000_000);
}

/** Kubernetes generateName alphabet. */
const nameAlphabet = 'bcdfghjklmnpqrstvwxz2456789';

export function randomSuffix(length: number, ...parts: readonly (string | number)[]): string {
  const next = prng(hashSeed(...parts));
  let out = '';
  for (let i = 0; i < length; i++)
    out += nameAlphabet.charAt(Math.floor(next() * nameAlphabet.length));
  return out;
}
