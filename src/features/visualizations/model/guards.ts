/** Type guards for unknown JSON. No casts: every value is checked before it is used. */

export type JsonRecord = Readonly<Record<string, unknown>>;

export function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

export function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}

/** Quotes a string for a message, cut to 60 characters. */
export function quote(text: string): string {
  const cut = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return `"${cut}"`;
}
