import { parseAllDocuments, type YAMLError } from 'yaml';
import { reindentQuotedContinuations } from './yaml-reindent.ts';
import { isRecord } from '@/lib/parse/reader.ts';

export interface YamlIssue {
  readonly message: string;
  /** 1-based; 0 when the parser could not tell. */
  readonly line: number;
  readonly column: number;
}

export type YamlResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly errors: readonly YamlIssue[] };

/** Parses every YAML (or JSON) document in `text`; errors carry line and column. Empty documents are dropped. */
export function parseYamlDocuments(
  text: string,
):
  | { readonly ok: true; readonly documents: readonly unknown[] }
  | { readonly ok: false; readonly errors: readonly YamlIssue[] } {
  let parsed = parseAllDocuments(text, { prettyErrors: true });
  const errors = parsed.flatMap((document) => document.errors.map(toIssue));
  if (errors.length > 0) {
    // Accept what PyYAML and the KFP server accept: quoted scalars continued on under-indented lines.
    const retried = parseAllDocuments(reindentQuotedContinuations(text), { prettyErrors: true });
    if (retried.some((document) => document.errors.length > 0)) return { ok: false, errors };
    parsed = retried;
  }
  const documents: unknown[] = [];
  for (const document of parsed) {
    try {
      const value: unknown = document.toJS({ maxAliasCount: 1000 });
      if (value !== null && value !== undefined) documents.push(value);
    } catch (error) {
      return {
        ok: false,
        errors: [
          { message: error instanceof Error ? error.message : String(error), line: 0, column: 0 },
        ],
      };
    }
  }
  return { ok: true, documents };
}

/**
 * A pipeline file as the API stores it: one document, or a pipeline spec followed by a platform spec
 * (`platforms: …`), which becomes `{pipeline_spec, platform_spec}` like the API answers.
 */
export function pipelineDocumentFromYaml(text: string): YamlResult {
  const result = parseYamlDocuments(text);
  if (!result.ok) return result;
  const [first, second, ...rest] = result.documents;
  if (first === undefined)
    return { ok: false, errors: [{ message: 'The file is empty.', line: 0, column: 0 }] };
  if (second === undefined) return { ok: true, value: first };
  if (rest.length === 0 && isRecord(second) && 'platforms' in second) {
    return { ok: true, value: { pipeline_spec: first, platform_spec: second } };
  }
  return {
    ok: false,
    errors: [
      {
        message: `Expected one pipeline document, optionally followed by a platform spec (platforms: …); found ${result.documents.length} documents.`,
        line: 0,
        column: 0,
      },
    ],
  };
}

function toIssue(error: YAMLError): YamlIssue {
  const position = error.linePos?.[0];
  // prettyErrors appends " at line L, column C:" and a code excerpt; the position is kept in fields instead.
  const message = (error.message.split('\n')[0] ?? error.message).replace(
    / at line \d+, column \d+:?$/,
    '',
  );
  return { message, line: position?.line ?? 0, column: position?.col ?? 0 };
}
