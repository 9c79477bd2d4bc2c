import { createContext } from 'react';

/** App-level settings the viewers need; routes provide them from the runtime config. */
export interface ViewerSettings {
  /** `tensorboard.urlTemplate` of config.json: TensorBoard outputs link to the cluster's TensorBoard. */
  readonly tensorboardUrlTemplate?: string;
  readonly namespace?: string;
  /**
   * Where the run's workloads (TensorBoard viewers) live: the namespace, or `kubeflow` on a single-user
   * KFP, where KFP's UI takes the workflow's namespace (`OutputArtifactLoader.ts`).
   */
  readonly workloadNamespace?: string;
}

export const ViewerSettingsContext = createContext<ViewerSettings>({});
