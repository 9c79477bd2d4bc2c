export {
  isRunStateName,
  RUN_STATES,
  runStateLabel,
  StatusBadge,
  type RunStateName,
} from './status-badge';
