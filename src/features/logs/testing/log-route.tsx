import { useSearchParams } from 'react-router';
import { LogViewer } from '../components/log-viewer.tsx';
import { readLogUrlState, withLogFind, withLogLine } from '../model/url-state.ts';

/**
 * For component tests only: stands in for the run page. The viewer's state lives in the URL,
 * through the feature's helpers, written with history replace as the run page does.
 */
export function LogRoute({ text, running = false }: { text: string; running?: boolean }) {
  const [params, setParams] = useSearchParams();
  const { selectedLine, find } = readLogUrlState(params);
  return (
    <LogViewer
      text={text}
      podName="train-abc-123"
      running={running}
      selectedLine={selectedLine}
      onSelectLine={(line) => setParams((current) => withLogLine(current, line), { replace: true })}
      find={find}
      onFindChange={(next) => setParams((current) => withLogFind(current, next), { replace: true })}
      lineHref={(line) => `/runs/r1?${withLogLine(params, line).toString()}`}
    />
  );
}

/** `count` log lines "…INFO step N", with some lines replaced (1-based line → text). */
export function logLines(count: number, special: Readonly<Record<number, string>> = {}): string {
  return (
    Array.from(
      { length: count },
      (_, i) => special[i + 1] ?? `2024-05-01T10:00:00Z INFO step ${String(i + 1)}`,
    ).join('\n') + '\n'
  );
}
