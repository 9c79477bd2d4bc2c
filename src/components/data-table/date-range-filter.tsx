import { fromDateTimeLocal, toDateTimeLocal } from './date-range.ts';
import type { ListParams } from './use-list-params.ts';
import styles from './data-table.module.css';

export interface DateRangeFilterProps {
  readonly list: ListParams;
  /** e.g. "Created" → "Created from", "Created until". */
  readonly label: string;
  readonly fromParam: string;
  readonly toParam: string;
}

/**
 * Two local date-time fields whose values live in the URL as UTC instants, so a shared link means
 * the same range in every time zone.
 */
export function DateRangeFilter({ list, label, fromParam, toParam }: DateRangeFilterProps) {
  const field = (param: string, text: string) => (
    <label className={styles.dateField}>
      {text}
      <input
        type="datetime-local"
        value={toDateTimeLocal(list.get(param))}
        onChange={(event) =>
          list.setParams({ [param]: fromDateTimeLocal(event.target.value) }, { replace: true })
        }
      />
    </label>
  );
  return (
    <fieldset className={styles.dateRange}>
      <legend className="visually-hidden">{label}</legend>
      {field(fromParam, `${label} from`)}
      {field(toParam, `${label} until`)}
    </fieldset>
  );
}
