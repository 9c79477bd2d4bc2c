import { EmptyState } from '@/components/states';
import type { NodeExecution } from '@/features/graph';
import { EventsTab, PodTab } from '@/features/pods';

/**
 * A single-user KFP runs its pods in the namespace it is installed in, `kubeflow` by default; the
 * UI server needs a namespace to read a pod (`podnamespace` is required in pod-info.ts).
 */
export const SINGLE_USER_NAMESPACE = 'kubeflow';

export interface NodePodTabsProps {
  readonly tab: 'pod' | 'events';
  readonly execution: NodeExecution | undefined;
  readonly isGroup: boolean;
  readonly namespace: string | undefined;
}

/** The Pod and Events tabs of a step: its execution's pod as Kubernetes has it. */
export function NodePodTabs({ tab, execution, isGroup, namespace }: NodePodTabsProps) {
  if (isGroup || execution?.podName === undefined)
    return (
      <EmptyState
        title="No pod for this step"
        message={
          isGroup
            ? 'A group has no pod of its own: select a step inside it.'
            : execution
              ? 'This step ran without a pod (skipped, cached or not scheduled).'
              : 'This step has not started yet; its pod shows up once it is created.'
        }
      />
    );
  const props = {
    podName: execution.podName,
    namespace: namespace || SINGLE_USER_NAMESPACE,
    live: execution.state === 'PENDING' || execution.state === 'RUNNING',
  };
  return tab === 'pod' ? (
    <PodTab key={props.podName} {...props} />
  ) : (
    <EventsTab key={props.podName} {...props} />
  );
}
