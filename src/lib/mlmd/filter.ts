/**
 * ML Metadata `filter_query` text (ListOperationOptions.filter_query, MLMD ≥ 1.0): SQL-like predicates
 * over the record, its type, its custom properties and its contexts (`contexts_<alias>.…`).
 */
export type SearchField = 'name' | 'type' | 'pipeline';

export interface RecordSearch {
  readonly text: string;
  readonly field: SearchField;
  /** Only records of runs in this namespace (the run context's `namespace` property, set by KFP's driver). */
  readonly namespace?: string | undefined;
}

/** A string literal in a filter: quotes and backslashes escaped. */
export function filterString(value: string): string {
  return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/** A LIKE pattern matching `text` anywhere (its own % and _ escaped). */
function containing(text: string): string {
  return filterString(`%${text.replace(/[%_]/g, (c) => `\\${c}`)}%`);
}

export function recordFilter(search: RecordSearch): string {
  const parts: string[] = [];
  const text = search.text.trim();
  if (text !== '') {
    if (search.field === 'name')
      parts.push(
        `(name LIKE ${containing(text)} OR custom_properties.display_name.string_value LIKE ${containing(text)})`,
      );
    else if (search.field === 'type') parts.push(`type LIKE ${containing(text)}`);
    else
      parts.push(
        `contexts_p.type = 'system.Pipeline' AND contexts_p.name LIKE ${containing(text)}`,
      );
  }
  if (search.namespace)
    parts.push(
      `contexts_r.type = 'system.PipelineRun' AND contexts_r.custom_properties.namespace.string_value = ${filterString(search.namespace)}`,
    );
  return parts.join(' AND ');
}
