import { useEffect, useId, useState } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Search } from 'lucide-react';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import { pipelineQueries } from '../../api/pipeline-queries.ts';
import { nameFilter } from '../../model/pipeline-list-state.ts';
import styles from './upload.module.css';

const PICKER_PAGE = 10;
const TYPING_PAUSE_MS = 250;

interface ScopeResultsProps {
  readonly label: string;
  readonly namespace: string | undefined;
  readonly term: string;
  readonly onPick: (pipelineId: string) => void;
}

/** The first pipelines of one scope (a namespace, or the shared ones) whose name holds the term. */
function ScopeResults({ label, namespace, term, onPick }: ScopeResultsProps) {
  const query = useQuery(
    pipelineQueries(useKfpClient()).list({
      namespace,
      pageSize: PICKER_PAGE,
      pageToken: undefined,
      sortBy: 'created_at desc',
      filter: nameFilter(term),
    }),
  );
  const heading = <h3 className={styles.pickerHeading}>{label}</h3>;
  if (query.isPending)
    return (
      <div>
        {heading}
        <p className={styles.pickerNote}>Looking…</p>
      </div>
    );
  if (query.isError)
    return (
      <div>
        {heading}
        <p className={styles.pickerNote} role="alert">
          {describeError(query.error).message}
        </p>
      </div>
    );
  const more = query.data.total_size - query.data.items.length;
  return (
    <div>
      {heading}
      {query.data.items.length === 0 ? (
        <p className={styles.pickerNote}>
          {term === '' ? 'No pipelines.' : `No pipeline name holds “${term}”.`}
        </p>
      ) : (
        <ul className={styles.pickerList} aria-label={label}>
          {query.data.items.map((pipeline) => (
            <li key={pipeline.pipeline_id}>
              <button
                type="button"
                className={styles.pickerItem}
                onClick={() => onPick(pipeline.pipeline_id)}
              >
                {pipeline.display_name || pipeline.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      {more > 0 && (
        <p className={styles.pickerNote}>{more} more; type more of the name to narrow the list.</p>
      )}
    </div>
  );
}

export interface PipelinePickerProps {
  readonly namespace: string | undefined;
  readonly multiUser: boolean;
  readonly onPick: (pipelineId: string) => void;
}

/** Find an existing pipeline by name (KFP's `display_name` substring filter) to add a version to. */
export function PipelinePicker({ namespace, multiUser, onPick }: PipelinePickerProps) {
  const [text, setText] = useState('');
  const [term, setTerm] = useState('');
  const inputId = useId();
  useEffect(() => {
    const timer = setTimeout(() => setTerm(text.trim()), TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return (
    <div className={styles.picker}>
      <label className={styles.pickerSearch} htmlFor={inputId}>
        <Search size={16} aria-hidden="true" />
        <span className="visually-hidden">Find a pipeline by name</span>
        <input
          id={inputId}
          type="search"
          placeholder="Find a pipeline by name"
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key !== 'Enter') return;
            event.preventDefault();
            setTerm(text.trim());
          }}
        />
      </label>
      {multiUser ? (
        <div className={styles.pickerScopes}>
          <ScopeResults
            label={`Private to ${namespace ?? 'this namespace'}`}
            namespace={namespace}
            term={term}
            onPick={onPick}
          />
          <ScopeResults label="Shared" namespace={undefined} term={term} onPick={onPick} />
        </div>
      ) : (
        <ScopeResults label="Pipelines" namespace={undefined} term={term} onPick={onPick} />
      )}
    </div>
  );
}
