import { findMatches } from './find.ts';
import { isToSearchWorker, packMatches, type FromSearchWorker } from './regex-search-protocol.ts';

export type PostFromWorker = (message: FromSearchWorker, transfer: Transferable[]) => void;

/**
 * The worker's side of the protocol, apart from the worker global so it can be tested (and run in
 * place where there are no workers): holds the log's lines and answers searches over them. A search
 * may run for ever (`(.+)+#`): the main thread then terminates the worker, which is why it says
 * `started` first.
 */
export function createSearchHost(post: PostFromWorker): (message: unknown) => void {
  let lines: string[] = [];
  return (message) => {
    if (!isToSearchWorker(message)) return;
    if (message.type === 'lines') {
      lines = lines.slice(0, message.keep).concat(message.lines);
      return;
    }
    const { id } = message;
    let regex: RegExp;
    try {
      regex = new RegExp(message.source, message.flags);
    } catch (error) {
      post(
        { type: 'failed', id, message: error instanceof Error ? error.message : String(error) },
        [],
      );
      return;
    }
    post({ type: 'started', id }, []);
    const list = findMatches(lines, { kind: 'valid', regex }, message.limit, message.fromLine);
    const matches = packMatches(list.matches);
    post({ type: 'done', id, matches, truncated: list.truncated }, [matches.buffer]);
  };
}
