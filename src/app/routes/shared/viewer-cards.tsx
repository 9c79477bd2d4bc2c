import type { UseQueryResult } from '@tanstack/react-query';
import { EmptyState, ErrorState, LoadingState } from '@/components/states';
import { ViewerCard, ViewerSettingsContext, type LoadedViewers } from '@/features/visualizations';
import { useConfig } from '@/lib/config-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import { PanelErrorBoundary } from '../../errors/panel-error-boundary.tsx';
import { SINGLE_USER_NAMESPACE } from '../run-details/node-pod-tabs.tsx';

export interface ViewerCardsProps {
  /** The viewers' read (the visualizations feature's `viewerQueries`). */
  readonly query: UseQueryResult<LoadedViewers>;
  readonly namespace: string | undefined;
  readonly headingLevel: 3 | 4;
  /** A card asks for the whole file instead of its preview. */
  readonly onLoadAll: () => void;
  readonly className: string | undefined;
  /** The words of the loading, failed and empty states. */
  readonly words: { readonly loading: string; readonly failed: string; readonly empty: string };
}

/**
 * Loaded viewers as cards, each behind its own error boundary, with the app's TensorBoard link
 * template and namespace: the run page's step visualizations and the artifact page draw the same.
 */
export function ViewerCards({
  query,
  namespace,
  headingLevel,
  onLoadAll,
  className,
  words,
}: ViewerCardsProps) {
  if (query.isPending) return <LoadingState label={words.loading} />;
  if (query.isError)
    return (
      <ErrorState
        title={words.failed}
        message={describeError(query.error).message}
        onRetry={() => void query.refetch()}
      />
    );
  if (query.data.configs.length === 0)
    return <EmptyState title="Nothing to show" message={words.empty} />;
  return (
    <ViewerSettings namespace={namespace}>
      <div className={className}>
        {query.data.configs.map((config, index) => (
          <PanelErrorBoundary key={`${config.type}-${index}`}>
            <ViewerCard config={config} headingLevel={headingLevel} onLoadAll={onLoadAll} />
          </PanelErrorBoundary>
        ))}
      </div>
    </ViewerSettings>
  );
}

/**
 * What every viewer card reads from its page: the namespace (artifact files are read in it: KFP's UI
 * server refuses a multi-user read without one) and the configured TensorBoard link template.
 */
export function ViewerSettings({
  namespace,
  children,
}: {
  readonly namespace: string | undefined;
  readonly children: React.ReactNode;
}) {
  const tensorboard = useConfig().tensorboard;
  const settings = {
    ...(tensorboard ? { tensorboardUrlTemplate: tensorboard.urlTemplate } : {}),
    ...(namespace ? { namespace } : {}),
    workloadNamespace: namespace ?? SINGLE_USER_NAMESPACE,
  };
  return <ViewerSettingsContext value={settings}>{children}</ViewerSettingsContext>;
}
