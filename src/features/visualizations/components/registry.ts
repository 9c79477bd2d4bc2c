import type { ComponentType } from 'react';
import type { ViewerConfig, ViewerType } from '../model/viewer-config.ts';
import { ConfusionMatrixViewer } from './confusion-matrix-viewer.tsx';
import { ErrorViewer } from './error-viewer.tsx';
import { MarkdownViewer } from './markdown-viewer.tsx';
import { MetricsViewer } from './metrics-viewer.tsx';
import { RocViewer } from './roc-viewer.tsx';
import { TableViewer } from './table-viewer.tsx';
import { TensorboardViewer } from './tensorboard-viewer.tsx';
import { WebAppViewer } from './web-app-viewer.tsx';

export type ConfigOf<T extends ViewerType> = Extract<ViewerConfig, { type: T }>;

export interface ViewerProps<T extends ViewerType> {
  config: ConfigOf<T>;
  /** For a table preview: read the whole file. */
  onLoadAll?: () => void;
}

export interface ViewerEntry<T extends ViewerType> {
  /** Heading when the config has no title of its own. */
  title: string;
  Component: ComponentType<ViewerProps<T>>;
}

/** One viewer per config type. Adding a visualization: a model config type, a viewer, a line here. */
export const VIEWERS: { readonly [T in ViewerType]: ViewerEntry<T> } = {
  'web-app': { title: 'Static HTML', Component: WebAppViewer },
  roc: { title: 'ROC curve', Component: RocViewer },
  'confusion-matrix': { title: 'Confusion matrix', Component: ConfusionMatrixViewer },
  table: { title: 'Table', Component: TableViewer },
  markdown: { title: 'Markdown', Component: MarkdownViewer },
  tensorboard: { title: 'TensorBoard', Component: TensorboardViewer },
  metrics: { title: 'Metrics', Component: MetricsViewer },
  error: { title: 'Visualization error', Component: ErrorViewer },
};

/** The registry entry for a config, typed to match it. */
export function viewerFor<T extends ViewerType>(config: ConfigOf<T>): ViewerEntry<T> {
  return VIEWERS[config.type];
}
