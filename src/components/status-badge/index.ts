export {
  isRunStateName,
  RUN_STATES,
  runStateLabel,
  StatusBadge,
  StatusIcon,
  type RunStateName,
} from './status-badge.tsx';
