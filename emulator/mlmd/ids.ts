/**
 * ML Metadata's ids: one sequence per table (executions, artifacts, contexts), starting at 1 like
 * MLMD's auto-increment columns, small enough for KFP's frontend (google-protobuf reads int64 as a
 * JS number). A key keeps its id for the life of the process.
 */
export interface IdSequence {
  /** The key's id, giving the next one to a new key. */
  idOf(key: string): number;
  /** The id of a key already seen. */
  peek(key: string): number | undefined;
  /** The key of an id given out. */
  keyOf(id: number): string | undefined;
}

export function createIdSequence(): IdSequence {
  const ids = new Map<string, number>();
  const keys: string[] = [];
  return {
    idOf(key) {
      let id = ids.get(key);
      if (id === undefined) {
        keys.push(key);
        id = keys.length;
        ids.set(key, id);
      }
      return id;
    },
    peek: (key) => ids.get(key),
    keyOf: (id) => (Number.isInteger(id) && id >= 1 ? keys[id - 1] : undefined),
  };
}

/** Execution keys are unique per run only (the runtime's task ids). */
export const executionKey = (runId: string, taskKey: string): string => `${runId}/${taskKey}`;

export const contextKey = {
  pipeline: (name: string): string => `pipeline/${name}`,
  run: (runId: string): string => `run/${runId}`,
} as const;
