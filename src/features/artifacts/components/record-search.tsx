import { useId } from 'react';
import { SearchBox, type ListParams } from '@/components/data-table';
import { parseSearchField, RECORD_LIST_PARAMS, SEARCH_FIELDS } from '../model/record-list-state.ts';
import styles from './records.module.css';

/** The search of a records list: what to search (name, type, pipeline) and the text, both in the URL. */
export function RecordSearch({ list, noun }: { readonly list: ListParams; readonly noun: string }) {
  const field = parseSearchField(list.get(RECORD_LIST_PARAMS.field));
  const selectId = useId();
  const label = SEARCH_FIELDS.find((f) => f.value === field)?.label.toLowerCase() ?? 'name';
  return (
    <div className={styles.search}>
      <label htmlFor={selectId} className="visually-hidden">
        Search {noun} by
      </label>
      <select
        id={selectId}
        value={field}
        onChange={(event) =>
          list.setParams({
            [RECORD_LIST_PARAMS.field]:
              event.target.value === 'name' ? undefined : parseSearchField(event.target.value),
          })
        }
      >
        {SEARCH_FIELDS.map((f) => (
          <option key={f.value} value={f.value}>
            {f.label}
          </option>
        ))}
      </select>
      <SearchBox
        list={list}
        label={`Search ${noun} by ${label}`}
        param={RECORD_LIST_PARAMS.search}
      />
    </div>
  );
}
