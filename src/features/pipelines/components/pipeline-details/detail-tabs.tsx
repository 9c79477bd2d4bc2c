import { lazy, Suspense, type ReactNode } from 'react';
import { Tabs } from 'radix-ui';
import { LoadingState } from '@/components/states';
import type { PipelineVersion } from '@/lib/kfp/wire/pipeline.ts';
import type { PipelineTab } from '../../model/pipeline-detail.ts';

// The spec viewer is its own chunk: most visits only look at the graph.
const SpecTab = lazy(() =>
  import('./spec-tab.tsx').then((module) => ({ default: module.SpecTab })),
);

export interface DetailTabsProps {
  readonly tab: PipelineTab;
  readonly onTab: (tab: PipelineTab) => void;
  readonly version: PipelineVersion;
  readonly graph: ReactNode;
}

/** Graph and Spec of the shown version; the open tab lives in `?tab=`. */
export function DetailTabs({ tab, onTab, version, graph }: DetailTabsProps) {
  return (
    <Tabs.Root
      value={tab}
      onValueChange={(value) => onTab(value === 'spec' ? 'spec' : 'graph')}
      activationMode="manual"
    >
      <Tabs.List className="tabs" aria-label="Version views">
        <Tabs.Trigger value="graph" className="tabs__tab">
          Graph
        </Tabs.Trigger>
        <Tabs.Trigger value="spec" className="tabs__tab">
          Spec
        </Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="graph" className="tabs__panel">
        {tab === 'graph' ? graph : null}
      </Tabs.Content>
      <Tabs.Content value="spec" className="tabs__panel">
        {tab === 'spec' ? (
          <Suspense fallback={<LoadingState label="Loading the spec viewer…" />}>
            <SpecTab version={version} />
          </Suspense>
        ) : null}
      </Tabs.Content>
    </Tabs.Root>
  );
}
