import { useDeferredValue, useId, useState, type ReactNode } from 'react';
import {
  useInfiniteQuery,
  type InfiniteData,
  type QueryKey,
  type UseInfiniteQueryOptions,
} from '@tanstack/react-query';
import { describeError } from '@/lib/kfp/errors.ts';
import type { Page } from '@/lib/kfp/wire/list.ts';
import styles from './run-form.module.css';

export type PickerQuery<T, K extends QueryKey> = UseInfiniteQueryOptions<
  Page<T>,
  Error,
  InfiniteData<Page<T>>,
  K,
  string
>;

export interface SearchPickerProps<T, K extends QueryKey> {
  /** "Pipeline", "Version", "Experiment": the group's name and the search box's label. */
  readonly label: string;
  readonly selectedId: string;
  /** What the selection is called, once known. */
  readonly selectedName: string | undefined;
  readonly query: (search: string) => PickerQuery<T, K>;
  readonly idOf: (item: T) => string;
  readonly nameOf: (item: T) => string;
  readonly detailOf?: (item: T) => string | undefined;
  readonly onSelect: (item: T) => void;
  readonly error?: string | undefined;
  /** Above the list, e.g. a scope switch. */
  readonly header?: ReactNode;
  /** Below the list, e.g. "create experiment". */
  readonly footer?: ReactNode;
}

/** A searchable, paged list of radio options from the API; collapses to the chosen one. */
export function SearchPicker<T, K extends QueryKey>({
  label,
  selectedId,
  selectedName,
  query,
  idOf,
  nameOf,
  detailOf,
  onSelect,
  error,
  header,
  footer,
}: SearchPickerProps<T, K>) {
  const [open, setOpen] = useState(selectedId === '');
  const [search, setSearch] = useState('');
  const deferred = useDeferredValue(search);
  const id = useId();
  const results = useInfiniteQuery({ ...query(deferred), enabled: open });
  const items = results.data?.pages.flatMap((page) => page.items) ?? [];
  const lower = label.toLowerCase();

  if (!open && selectedId !== '') {
    return (
      <div className={styles.field}>
        <span className={styles.label} id={`${id}-label`}>
          {label}
        </span>
        <div className={styles.picked} aria-labelledby={`${id}-label`} role="group">
          <strong>{selectedName ?? selectedId}</strong>
          <button
            type="button"
            className="btn"
            onClick={() => setOpen(true)}
            aria-label={`Change ${lower}`}
          >
            Change
          </button>
        </div>
        {error !== undefined && <p className={styles.error}>{error}</p>}
      </div>
    );
  }

  return (
    <fieldset
      className={styles.field}
      style={{ border: 0, padding: 0, margin: 0 }}
      aria-describedby={error === undefined ? undefined : `${id}-error`}
    >
      <legend className={styles.label}>{label}</legend>
      {header}
      <input
        className={`input ${styles.control}`}
        type="search"
        aria-label={`Search ${lower}s`}
        placeholder={`Search ${lower}s by name`}
        value={search}
        onChange={(event) => setSearch(event.target.value)}
      />
      {results.isPending ? (
        <p className={styles.help}>Loading {lower}s…</p>
      ) : results.isError ? (
        <p className={styles.error} role="alert">
          {describeError(results.error).message}{' '}
          <button type="button" className="btn" onClick={() => void results.refetch()}>
            Retry
          </button>
        </p>
      ) : items.length === 0 ? (
        <p className={styles.help}>
          {deferred.trim() ? `No ${lower}s match “${deferred.trim()}”.` : `No ${lower}s yet.`}
        </p>
      ) : (
        <ul className={styles.options} aria-label={`${label}s`}>
          {items.map((item) => {
            const detail = detailOf?.(item);
            const detailId = `${id}-${idOf(item)}-detail`;
            return (
              <li key={idOf(item)} className={styles.option}>
                <label className={styles.inline} style={{ cursor: 'pointer' }}>
                  <input
                    type="radio"
                    name={id}
                    checked={idOf(item) === selectedId}
                    aria-describedby={detail === undefined ? undefined : detailId}
                    onChange={() => {
                      onSelect(item);
                      setOpen(false);
                    }}
                  />
                  {nameOf(item)}
                </label>
                {detail !== undefined && (
                  <span id={detailId} className={styles.optionDetail}>
                    {detail}
                  </span>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {results.hasNextPage && (
        <button
          type="button"
          className="btn"
          disabled={results.isFetchingNextPage}
          onClick={() => void results.fetchNextPage()}
        >
          {results.isFetchingNextPage ? 'Loading…' : `More ${lower}s`}
        </button>
      )}
      {selectedId !== '' && (
        <button type="button" className="btn btn--ghost" onClick={() => setOpen(false)}>
          Keep {selectedName ?? selectedId}
        </button>
      )}
      {footer}
      {error !== undefined && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
    </fieldset>
  );
}
