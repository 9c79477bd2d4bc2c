/** Public surface of the logs feature: routes import from here. */
export { PodLogViewer, type PodLogViewerProps } from './components/pod-log-viewer.tsx';
export { LogViewer, type LogUrlProps, type LogViewerProps } from './components/log-viewer.tsx';
export { logKeys } from './api/log-keys.ts';
export {
  fetchPodLog,
  LOG_FOLLOW_MS,
  logQueries,
  type PodLog,
  type PodLogQueryOptions,
} from './api/log-queries.ts';
export { NO_FIND, type LogFind } from './model/find.ts';
export {
  LOG_URL_KEYS,
  readLogUrlState,
  withLogFind,
  withLogLine,
  withoutLogState,
  type LogUrlState,
} from './model/url-state.ts';
