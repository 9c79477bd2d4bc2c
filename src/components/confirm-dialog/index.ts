export { BulkActionButton, type BulkActionButtonProps } from './bulk-action-button.tsx';
export type { BulkActionDialogProps, BulkItem } from './bulk-action-dialog.tsx';
// ConfirmDialog (Radix AlertDialog) is imported by its file path, './confirm-dialog.tsx': through this
// barrel the list pages, which import runEach and BulkActionButton from here, would load it at start.
export type { ConfirmDialogProps } from './confirm-dialog.tsx';
export { runEach, type ItemOutcome, type ItemReporter } from './run-each.ts';
