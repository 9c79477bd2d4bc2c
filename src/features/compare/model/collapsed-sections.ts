/**
 * Which sections of the compare page are collapsed, in the URL (`?collapsed=parameters,metrics,v1k2x`)
 * so a shared link opens the same way. Fixed sections have names; a visualization group (one output
 * across the runs) has a short id made from its key.
 */
export const COLLAPSED_PARAM = 'collapsed';

export const COMPARE_SECTIONS = {
  parameters: 'parameters',
  metrics: 'metrics',
  visualizations: 'visualizations',
  roc: 'roc',
} as const;

const SECTION_ID = /^[a-z0-9-]{1,40}$/;

/** The collapsed section ids; anything that is not an id is ignored. */
export function parseCollapsed(value: string | null): ReadonlySet<string> {
  return new Set(
    (value ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter((id) => SECTION_ID.test(id)),
  );
}

/** The parameter's new value with one section flipped; undefined when none stays collapsed. */
export function toggleCollapsed(value: string | null, id: string): string | undefined {
  const collapsed = new Set(parseCollapsed(value));
  if (collapsed.has(id)) collapsed.delete(id);
  else collapsed.add(id);
  return collapsed.size === 0 ? undefined : [...collapsed].join(',');
}

/** A short, stable id for a visualization group's key (FNV-1a, 32 bits, base 36). */
export function visualSectionId(key: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < key.length; index++) {
    hash ^= key.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return `v${hash.toString(36)}`;
}
