import { ChevronDown, ChevronUp, Maximize2, Minimize2, Search } from 'lucide-react';
import { useId, type KeyboardEvent } from 'react';
import styles from './graph-toolbar.module.css';

export interface GraphToolbarProps {
  readonly onExpandAll: () => void;
  readonly onCollapseAll: () => void;
  readonly query: string;
  readonly onQueryChange: (query: string) => void;
  readonly matchCount: number;
  /** 0-based index of the current match, when there is one. */
  readonly matchIndex: number | undefined;
  /** +1 next match, -1 previous. */
  readonly onStep: (step: 1 | -1) => void;
  /** The "Artifacts" toggle; absent (hidden) when the graph has no artifact nodes (Argo graphs). */
  readonly artifacts?:
    | {
        readonly shown: boolean;
        readonly count: number;
        readonly onChange: (show: boolean) => void;
      }
    | undefined;
  /** The "Simplify" toggle (transitive reduction); absent when no drawn edge is implied by others. */
  readonly simplify?:
    | {
        readonly on: boolean;
        /** Edges the simplification hides (or would hide). */
        readonly hidden: number;
        readonly onChange: (on: boolean) => void;
      }
    | undefined;
}

function matchText(query: string, count: number, index: number | undefined): string {
  if (query.trim() === '') return '';
  if (count === 0) return 'No match';
  return `${(index ?? 0) + 1} of ${count}`;
}

/** Expand / collapse all, and the node search (Enter: next match, Shift+Enter: previous, Escape: clear). */
export function GraphToolbar({
  onExpandAll,
  onCollapseAll,
  query,
  onQueryChange,
  matchCount,
  matchIndex,
  onStep,
  artifacts,
  simplify,
}: GraphToolbarProps) {
  const countId = useId();
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      onStep(event.shiftKey ? -1 : 1);
    } else if (event.key === 'Escape' && query !== '') {
      event.preventDefault();
      onQueryChange('');
    }
  };
  return (
    <div className={styles.toolbar}>
      <div className={styles.search} role="search">
        <Search aria-hidden="true" size={16} />
        <input
          type="search"
          className="input"
          placeholder="Find a node"
          aria-label="Find a node by name"
          aria-describedby={countId}
          value={query}
          onChange={(event) => onQueryChange(event.target.value)}
          onKeyDown={onKeyDown}
        />
        <span id={countId} className={styles.matchCount} role="status">
          {matchText(query, matchCount, matchIndex)}
        </span>
        <button
          type="button"
          className="btn btn--ghost"
          aria-label="Previous match"
          disabled={matchCount === 0}
          onClick={() => onStep(-1)}
        >
          <ChevronUp aria-hidden="true" size={16} />
        </button>
        <button
          type="button"
          className="btn btn--ghost"
          aria-label="Next match"
          disabled={matchCount === 0}
          onClick={() => onStep(1)}
        >
          <ChevronDown aria-hidden="true" size={16} />
        </button>
      </div>
      {artifacts ? (
        <label
          className={`btn btn--ghost ${styles.check}`}
          title={`Draw the ${artifacts.count} output artifacts as nodes between their producers and consumers`}
        >
          <input
            type="checkbox"
            checked={artifacts.shown}
            onChange={(event) => artifacts.onChange(event.target.checked)}
          />{' '}
          Artifacts
        </label>
      ) : null}
      {simplify ? (
        <>
          <label
            className={`btn btn--ghost ${styles.check}`}
            title={`Hide the ${simplify.hidden} ${simplify.hidden === 1 ? 'edge' : 'edges'} that longer paths already imply (a→c when a→b→c exists)`}
          >
            <input
              type="checkbox"
              checked={simplify.on}
              onChange={(event) => simplify.onChange(event.target.checked)}
            />{' '}
            Simplify
          </label>
          <span className={styles.matchCount} role="status">
            {simplify.on
              ? `${simplify.hidden} ${simplify.hidden === 1 ? 'edge' : 'edges'} hidden`
              : ''}
          </span>
        </>
      ) : null}
      <button type="button" className="btn btn--ghost" onClick={onExpandAll}>
        <Maximize2 aria-hidden="true" size={16} /> Expand all
      </button>
      <button type="button" className="btn btn--ghost" onClick={onCollapseAll}>
        <Minimize2 aria-hidden="true" size={16} /> Collapse all
      </button>
    </div>
  );
}
