/**
 * ML Metadata `filter_query` text (ListOperationOptions.filter_query, MLMD >= 1.0): SQL-like
 * predicates over the record, its type, its custom properties and its contexts
 * (`contexts_<alias>.{id,name,type,…}`; a context's own properties are not reachable, see
 * google/ml-metadata filter_query_ast_resolver.cc, so nothing here filters by namespace).
 */
export type SearchField = 'name' | 'type' | 'pipeline';

export interface RecordSearch {
  readonly text: string;
  readonly field: SearchField;
}

/** A string literal in a filter: quotes and backslashes escaped (ZetaSQL's string escapes). */
export function filterString(value: string): string {
  return `'${value.replace(/[\\']/g, (c) => `\\${c}`)}'`;
}

/**
 * A LIKE pattern matching `text` anywhere. The user's own `%` and `_` stay wildcards: how MLMD's
 * backends read a LIKE escape differs (MySQL, SQLite, PostgreSQL), and a wildcard only widens a search.
 */
function containing(text: string): string {
  return filterString(`%${text}%`);
}

/** The filter_query of a name / type / pipeline search ('' for no search). */
export function recordFilter(search: RecordSearch): string {
  const text = search.text.trim();
  if (text === '') return '';
  const pattern = containing(text);
  switch (search.field) {
    case 'name':
      return `(name LIKE ${pattern} OR custom_properties.display_name.string_value LIKE ${pattern} OR custom_properties.task_name.string_value LIKE ${pattern})`;
    case 'type':
      return `type LIKE ${pattern}`;
    case 'pipeline':
      return `contexts_p.type = 'system.Pipeline' AND contexts_p.name LIKE ${pattern}`;
  }
}
