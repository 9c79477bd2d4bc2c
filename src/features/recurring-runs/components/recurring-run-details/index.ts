export { RecurringRunActions, type RecurringRunActionsProps } from './recurring-run-actions';
export { RecurringRunDetails, type RecurringRunDetailsProps } from './recurring-run-details';
export { RecurringRunStatus } from './recurring-run-status';
