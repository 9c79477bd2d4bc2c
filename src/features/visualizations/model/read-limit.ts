import type { LoadedText } from './build-viewers.ts';

/**
 * Helpers for whoever implements ReadText over `artifacts/get`: ask for `peek = peekFor(maxBytes)`
 * (one byte more than allowed, so a longer file is recognisable), then turn the bytes into text with
 * loadedTextFromBytes.
 */
export function peekFor(maxBytes: number): number {
  return maxBytes + 1;
}

/** UTF-8 text of at most `maxBytes` bytes; `truncated` when more bytes came. A cut character is dropped. */
export function loadedTextFromBytes(bytes: Uint8Array, maxBytes: number): LoadedText {
  const truncated = bytes.byteLength > maxBytes;
  const kept = truncated ? bytes.subarray(0, maxBytes) : bytes;
  // stream: true holds back an incomplete multi-byte sequence at the end instead of emitting U+FFFD.
  const text = new TextDecoder('utf-8').decode(kept, { stream: truncated });
  return { text, truncated, limit: maxBytes };
}
