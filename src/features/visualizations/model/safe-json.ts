import { formatBytes } from '@/lib/format-bytes.ts';
import { MAX_JSON_DEPTH } from './limits.ts';
import { VisualizationError } from './viewer-config.ts';

export interface SafeJsonLimits {
  /** Longest text accepted, in UTF-16 code units (a close, cheap stand-in for bytes). */
  maxChars: number;
  maxDepth?: number;
}

/**
 * JSON.parse with a size and a depth limit checked first, so a huge or deeply nested file fails
 * fast with a message naming the problem (`ui metadata: nested deeper than 64 levels`), and the
 * recursive walks that follow never overflow the stack.
 */
export function parseJsonSafely(text: string, what: string, limits: SafeJsonLimits): unknown {
  if (text.length > limits.maxChars) {
    throw new VisualizationError(
      what,
      `${formatBytes(text.length)} is over the ${formatBytes(limits.maxChars)} limit`,
    );
  }
  const maxDepth = limits.maxDepth ?? MAX_JSON_DEPTH;
  if (jsonDepth(text) > maxDepth) {
    throw new VisualizationError(what, `nested deeper than ${maxDepth} levels`);
  }
  try {
    const value: unknown = JSON.parse(text);
    return value;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new VisualizationError(what, `not valid JSON (${reason})`);
  }
}

/**
 * Deepest nesting of arrays and objects in a JSON text, by one linear scan (strings skipped, escapes
 * honoured). Works on invalid JSON too: it only counts brackets outside strings.
 */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 0x5c)
        i++; // backslash: skip the escaped character
      else if (code === 0x22) inString = false;
    } else if (code === 0x22) {
      inString = true;
    } else if (code === 0x7b || code === 0x5b) {
      depth++;
      if (depth > deepest) deepest = depth;
    } else if (code === 0x7d || code === 0x5d) {
      depth--;
    }
  }
  return deepest;
}
