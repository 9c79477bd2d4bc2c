export { RecurringRunActions, type RecurringRunActionsProps } from './recurring-run-actions.tsx';
export { RecurringRunDetails, type RecurringRunDetailsProps } from './recurring-run-details.tsx';
export { RecurringRunStatus } from './recurring-run-status.tsx';
