import { useId } from 'react';
import { ChevronLeft, ChevronRight } from 'lucide-react';
import { PAGE_SIZES, parsePageSize } from './list-url-state.ts';
import type { ListParams } from './use-list-params.ts';
import styles from './data-table.module.css';

export interface PaginationBarProps {
  readonly list: ListParams;
  /** Token of the next page; undefined on the last page or while nothing is shown. */
  readonly nextPageToken: string | undefined;
  readonly rowCount: number;
  readonly totalSize: number | undefined;
}

export function PaginationBar({ list, nextPageToken, rowCount, totalSize }: PaginationBarProps) {
  const first = (list.pageNumber - 1) * list.pageSize + 1;
  const last = first + rowCount - 1;
  const pages =
    totalSize === undefined ? undefined : Math.max(1, Math.ceil(totalSize / list.pageSize));
  const sizeId = useId();
  return (
    <nav className={styles.pagination} aria-label="Pagination">
      <label className={styles.pageSize} htmlFor={sizeId}>
        Rows per page
        <select
          id={sizeId}
          value={list.pageSize}
          onChange={(event) => {
            const size = parsePageSize(event.target.value);
            if (size !== undefined) list.setPageSize(size);
          }}
        >
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </label>
      <span className={styles.pageInfo} aria-live="polite">
        {rowCount > 0
          ? `${first}–${last}${totalSize === undefined ? '' : ` of ${totalSize}`} · `
          : ''}
        Page {list.pageNumber}
        {pages === undefined ? '' : ` of ${pages}`}
      </span>
      <button
        type="button"
        className="btn btn--ghost btn--icon"
        onClick={list.previousPage}
        disabled={list.pageNumber <= 1}
        aria-label="Previous page"
      >
        <ChevronLeft aria-hidden="true" size={18} />
      </button>
      <button
        type="button"
        className="btn btn--ghost btn--icon"
        onClick={() => {
          if (nextPageToken !== undefined) list.nextPage(nextPageToken);
        }}
        disabled={nextPageToken === undefined}
        aria-label="Next page"
      >
        <ChevronRight aria-hidden="true" size={18} />
      </button>
    </nav>
  );
}
