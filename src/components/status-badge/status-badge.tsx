import type { LucideIcon } from 'lucide-react';
import {
  Ban,
  CircleCheck,
  CirclePause,
  CircleQuestionMark,
  CircleX,
  Clock,
  DatabaseCheck,
  LoaderCircle,
  SkipForward,
} from 'lucide-react';
import styles from './status-badge.module.css';

/**
 * KFP run states (v2beta1 `RuntimeState`), and `CACHED`: a task taken from KFP's cache (ML Metadata's
 * execution state, tasks[] `PipelineTaskTaskState`). Anything else a server may add shows as Unknown.
 */
export const RUN_STATES = [
  'PENDING',
  'RUNNING',
  'SUCCEEDED',
  'CACHED',
  'SKIPPED',
  'FAILED',
  'CANCELING',
  'CANCELED',
  'PAUSED',
] as const;
export type RunStateName = (typeof RUN_STATES)[number];

interface StateLook {
  readonly label: string;
  readonly icon: LucideIcon;
  readonly spinning?: boolean;
}

const LOOKS: Readonly<Record<RunStateName, StateLook>> = {
  PENDING: { label: 'Pending', icon: Clock },
  RUNNING: { label: 'Running', icon: LoaderCircle, spinning: true },
  SUCCEEDED: { label: 'Succeeded', icon: CircleCheck },
  CACHED: { label: 'Cached', icon: DatabaseCheck },
  SKIPPED: { label: 'Skipped', icon: SkipForward },
  FAILED: { label: 'Failed', icon: CircleX },
  CANCELING: { label: 'Canceling', icon: LoaderCircle, spinning: true },
  CANCELED: { label: 'Canceled', icon: Ban },
  PAUSED: { label: 'Paused', icon: CirclePause },
};

const UNKNOWN: StateLook = { label: 'Unknown', icon: CircleQuestionMark };

export function isRunStateName(value: string): value is RunStateName {
  return RUN_STATES.some((state) => state === value);
}

/** Human label of a run state (`Succeeded`), `Unknown` for anything else. */
export function runStateLabel(state: string | undefined): string {
  return state !== undefined && isRunStateName(state) ? LOOKS[state].label : UNKNOWN.label;
}

/**
 * A run state as icon + text, so the state never depends on colour alone. The icon is decorative;
 * the text is the accessible name.
 */
export function StatusBadge({ state }: { readonly state: string | undefined }) {
  const look = state !== undefined && isRunStateName(state) ? LOOKS[state] : UNKNOWN;
  const Icon = look.icon;
  return (
    <span className={styles.badge} data-state={state ?? 'UNKNOWN'}>
      <Icon
        aria-hidden="true"
        size={16}
        className={look.spinning === true ? styles.spin : styles.icon}
      />
      <span>{look.label}</span>
    </span>
  );
}

/** A run state as an icon only, named for screen readers and in a tooltip (e.g. "run 3: Failed"). */
export function StatusIcon({
  state,
  label,
}: {
  readonly state: string | undefined;
  /** The accessible name; the state's label when omitted. */
  readonly label?: string;
}) {
  const look = state !== undefined && isRunStateName(state) ? LOOKS[state] : UNKNOWN;
  const Icon = look.icon;
  const name = label ?? look.label;
  return (
    <span
      className={styles.iconOnly}
      data-state={state ?? 'UNKNOWN'}
      role="img"
      aria-label={name}
      title={name}
    >
      <Icon
        aria-hidden="true"
        size={16}
        className={look.spinning === true ? styles.spin : styles.icon}
      />
    </span>
  );
}
