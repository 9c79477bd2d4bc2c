import { createContext } from 'react';

/** App-level settings the viewers need; routes provide them from the runtime config. */
export interface ViewerSettings {
  /** `tensorboard.urlTemplate` of config.json: TensorBoard outputs link to the cluster's TensorBoard. */
  readonly tensorboardUrlTemplate?: string;
  readonly namespace?: string;
}

export const ViewerSettingsContext = createContext<ViewerSettings>({});
