import type { ReactNode } from 'react';
import { EmptyState } from '@/components/states';
import { NO_METADATA } from '@/features/artifacts';
import { useRunApi } from '@/features/metadata';

/**
 * The records pages on a server known to have no ML Metadata (its runs answer `tasks[]`, KFP
 * master's API): say so instead of asking. On any other server the pages ask ML Metadata, and a
 * missing service shows the same message from the answer.
 */
export function MetadataGate({ children }: { readonly children: ReactNode }) {
  const runApi = useRunApi(undefined);
  if (runApi === 'tasks')
    return <EmptyState title={NO_METADATA.title} message={NO_METADATA.message} />;
  return children;
}

/**
 * ML Metadata keeps no namespaces and checks none (kubeflow/pipelines#4790; KFP's own Artifacts and
 * Executions pages list the whole store too): the lists are every namespace's records.
 */
export function SharedStoreNote({ noun }: { readonly noun: 'artifacts' | 'executions' }) {
  return (
    <>
      ML Metadata has no namespaces: these are the {noun} of every namespace&apos;s v2 runs, as in
      Kubeflow Pipelines&apos; own UI. Run names show for runs you can open.
    </>
  );
}
