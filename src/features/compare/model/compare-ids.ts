/** How many runs one compare view takes (the KFP UI's limit is 10 too). */
export const MIN_COMPARE_RUNS = 2;
export const MAX_COMPARE_RUNS = 10;

export type CompareIds =
  | { readonly kind: 'ok'; readonly ids: readonly string[] }
  | { readonly kind: 'too-few'; readonly ids: readonly string[] }
  | { readonly kind: 'too-many'; readonly ids: readonly string[] };

/** The `runs=a,b,c` parameter: ids trimmed, empty ones and repeats dropped, the order kept. */
export function parseCompareIds(value: string | null): CompareIds {
  const ids = [
    ...new Set(
      (value ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== ''),
    ),
  ];
  if (ids.length < MIN_COMPARE_RUNS) return { kind: 'too-few', ids };
  if (ids.length > MAX_COMPARE_RUNS) return { kind: 'too-many', ids };
  return { kind: 'ok', ids };
}

/** Whether a selection of this size can be compared (the runs list's Compare button). */
export function canCompare(count: number): boolean {
  return count >= MIN_COMPARE_RUNS && count <= MAX_COMPARE_RUNS;
}

/** The ids without one run (the comparison's order kept). */
export function withoutRun(ids: readonly string[], runId: string): string[] {
  return ids.filter((id) => id !== runId);
}

/** The ids with runs added at the end: repeats dropped, at most `MAX_COMPARE_RUNS` in all. */
export function withAddedRuns(ids: readonly string[], added: readonly string[]): string[] {
  return [...new Set([...ids, ...added])].slice(0, Math.max(ids.length, MAX_COMPARE_RUNS));
}

/** How many more runs the comparison takes. */
export function roomForRuns(ids: readonly string[]): number {
  return Math.max(0, MAX_COMPARE_RUNS - ids.length);
}
