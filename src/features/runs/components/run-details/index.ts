export { RunActions, type RunActionsProps } from './run-actions.tsx';
export { RunDetailsTab, type RunDetailsTabProps } from './run-details-tab.tsx';
export { RunSpecTab } from './run-spec-tab.tsx';
export { RunSummary, type RunSummaryProps } from './run-summary.tsx';
