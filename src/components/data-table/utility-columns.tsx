import { ChevronDown, ChevronRight } from 'lucide-react';
import type { ColumnDef } from '@tanstack/react-table';
import { SelectionCheckbox } from './selection-checkbox.tsx';

/** Leading checkbox column: a header box for the whole page, one box per row. */
export function selectColumn<T>(getRowLabel: (row: T) => string): ColumnDef<T> {
  return {
    id: 'select',
    size: 44,
    header: ({ table }) => {
      // Counted over the rows on the page: the selection state may still name rows that left it.
      const rows = table.getRowModel().rows;
      const selected = rows.filter((row) => row.getIsSelected()).length;
      return (
        <SelectionCheckbox
          label="Select all rows on this page"
          checked={rows.length > 0 && selected === rows.length}
          indeterminate={selected > 0 && selected < rows.length}
          disabled={rows.length === 0}
          onChange={(event) => table.toggleAllRowsSelected(event.target.checked)}
        />
      );
    },
    cell: ({ row }) => (
      <SelectionCheckbox
        label={`Select ${getRowLabel(row.original)}`}
        checked={row.getIsSelected()}
        onChange={row.getToggleSelectedHandler()}
      />
    ),
  };
}

/** A disclosure button per row that opens the row's expansion below it. */
export function expandColumn<T>(
  getLabel: (row: T) => string,
  controlsId: (rowId: string) => string,
): ColumnDef<T> {
  return {
    id: 'expand',
    // The 32px button, its border and the cell's padding: narrower, the cell clips it with an ellipsis.
    size: 56,
    header: () => <span className="visually-hidden">Expand</span>,
    cell: ({ row }) => {
      const open = row.getIsExpanded();
      const Icon = open ? ChevronDown : ChevronRight;
      return (
        <button
          type="button"
          className="btn btn--ghost btn--icon"
          aria-expanded={open}
          aria-controls={open ? controlsId(row.id) : undefined}
          aria-label={getLabel(row.original)}
          onClick={row.getToggleExpandedHandler()}
        >
          <Icon aria-hidden="true" size={18} />
        </button>
      );
    },
  };
}
