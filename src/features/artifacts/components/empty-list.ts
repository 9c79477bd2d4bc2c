import type { RecordListRequest } from '../api/record-keys.ts';

/** What an empty records list says: a search that found nothing, or a store with none yet. */
export function emptyList(
  noun: 'artifacts' | 'executions',
  request: RecordListRequest,
): { title: string; message: string } {
  if (request.text.trim() !== '')
    return {
      title: `No ${noun} match “${request.text.trim()}”`,
      message: `Searched by ${request.field}. Try another ${request.field} or search by something else.`,
    };
  return {
    title: `No ${noun} yet`,
    message: `ML Metadata records the ${noun} of KFP v2 runs as they run.`,
  };
}
