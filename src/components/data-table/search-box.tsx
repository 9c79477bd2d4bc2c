import { useEffect, useRef } from 'react';
import { Search } from 'lucide-react';
import { LIST_PARAMS } from './list-url-state.ts';
import type { ListParams } from './use-list-params.ts';
import styles from './data-table.module.css';

export interface SearchBoxProps {
  readonly list: ListParams;
  readonly label: string;
  readonly param?: string;
  readonly delayMs?: number;
}

/**
 * A search field whose only state is the URL: the input is uncontrolled, typing writes the URL after
 * a pause (replacing the history entry), and a URL changed elsewhere (Back, "clear filters") is shown
 * unless the user is typing in the field.
 */
export function SearchBox({
  list,
  label,
  param = LIST_PARAMS.search,
  delayMs = 300,
}: SearchBoxProps) {
  const urlValue = list.get(param) ?? '';
  const input = useRef<HTMLInputElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const setParams = useRef(list.setParams);

  useEffect(() => {
    setParams.current = list.setParams;
  }, [list.setParams]);

  useEffect(() => {
    const element = input.current;
    if (element !== null && element.value.trim() !== urlValue && document.activeElement !== element)
      element.value = urlValue;
  }, [urlValue]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (value: string) => {
    clearTimeout(timer.current);
    const trimmed = value.trim();
    if (trimmed !== urlValue)
      setParams.current({ [param]: trimmed === '' ? undefined : trimmed }, { replace: true });
  };

  return (
    <label className={styles.search}>
      <Search aria-hidden="true" size={16} />
      <span className="visually-hidden">{label}</span>
      <input
        ref={input}
        type="search"
        placeholder={label}
        defaultValue={urlValue}
        onChange={(event) => {
          const value = event.target.value;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => commit(value), delayMs);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') commit(event.currentTarget.value);
        }}
      />
    </label>
  );
}
