export { BulkActionButton, type BulkActionButtonProps } from './bulk-action-button';
export { BulkActionDialog, type BulkActionDialogProps, type BulkItem } from './bulk-action-dialog';
export { ConfirmDialog, type ConfirmDialogProps } from './confirm-dialog';
export { runEach, type ItemOutcome, type ItemReporter } from './run-each';
