/** Public surface of the pods feature (Kubernetes pod and events of a step): routes import from here. */
export { PodTab, type PodTabProps } from './components/pod-tab.tsx';
export { EventsTab, EventsTable } from './components/events-tab.tsx';
export { PodView } from './components/pod-view.tsx';
export { podKeys } from './api/pod-keys.ts';
export { POD_REFRESH_MS, podQueries } from './api/pod-queries.ts';
export { pendingReason, podHeadline, type PodHeadline } from './model/pod-status.ts';
export { podProblem, type PodProblem } from './model/pod-problem.ts';
export { newestFirst, resourceRows, volumeRows } from './model/pod-resources.ts';
export { usePodVolumes, type PodVolumesRead } from './api/use-pod-volumes.ts';
