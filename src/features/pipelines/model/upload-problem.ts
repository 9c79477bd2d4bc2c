/** A position-bearing problem in the file's text (a YAML syntax error). Line and column are 1-based; 0 = unknown. */
export interface TextIssue {
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

export type ProblemKind =
  | 'too-large'
  | 'unsupported-type'
  | 'unreadable'
  | 'archive'
  | 'zip-bomb'
  | 'binary'
  | 'empty'
  | 'yaml'
  | 'not-a-pipeline';

/** Why a file is refused in the browser, before anything is sent. */
export interface FileProblem {
  readonly kind: ProblemKind;
  /** One sentence that names the problem. */
  readonly message: string;
  /** YAML errors with their positions (kind `yaml`). */
  readonly issues?: readonly TextIssue[];
  /** The file inside an archive the problem is in. */
  readonly entryName?: string;
}

/**
 * What the pipeline-spec check says about a file's text. The check itself (YAML parsing with positions,
 * KFP v2 IR / Argo Workflow detection) belongs to the graph feature; the route hands it in.
 */
export type SpecCheck =
  | { readonly ok: true; readonly kind: 'v2' | 'argo'; readonly pipelineName: string | undefined }
  | { readonly ok: false; readonly problem: 'yaml'; readonly issues: readonly TextIssue[] }
  | { readonly ok: false; readonly problem: 'not-a-pipeline'; readonly message: string };

export type SpecChecker = (text: string) => SpecCheck;

export function problem(
  kind: ProblemKind,
  message: string,
  extra: Omit<FileProblem, 'kind' | 'message'> = {},
): FileProblem {
  return { kind, message, ...extra };
}

/** `line 3, column 7`, or nothing when the parser could not tell. */
export function positionText(issue: TextIssue): string {
  return issue.line > 0 ? `line ${issue.line}, column ${issue.column}` : '';
}
