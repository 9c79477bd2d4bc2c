export type ItemOutcome = { readonly ok: true } | { readonly ok: false; readonly message: string };

export type ItemReporter = (id: string, outcome: ItemOutcome) => void;

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'Unknown error';
}

/**
 * Runs `action` for every id with at most `concurrency` calls in flight, reports each outcome as it
 * settles, and resolves (never rejects) with all outcomes in input order.
 */
export async function runEach(
  ids: readonly string[],
  action: (id: string) => Promise<unknown>,
  report: ItemReporter = () => undefined,
  concurrency = 4,
): Promise<ItemOutcome[]> {
  const outcomes: ItemOutcome[] = ids.map(() => ({ ok: false, message: 'Not run' }));
  let next = 0;
  async function worker(): Promise<void> {
    while (next < ids.length) {
      const index = next;
      next += 1;
      const id = ids[index];
      if (id === undefined) continue;
      let outcome: ItemOutcome;
      try {
        await action(id);
        outcome = { ok: true };
      } catch (error) {
        outcome = { ok: false, message: messageOf(error) };
      }
      outcomes[index] = outcome;
      report(id, outcome);
    }
  }
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, ids.length)) }, () =>
    worker(),
  );
  await Promise.all(workers);
  return outcomes;
}
