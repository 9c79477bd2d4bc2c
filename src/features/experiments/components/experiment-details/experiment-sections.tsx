import type { ReactNode } from 'react';
import { Tabs } from 'radix-ui';
import { useSearchParams } from 'react-router';

/** `?section=`: which list of the experiment is shown. The lists share the paging and filter parameters. */
export const EXPERIMENT_SECTION_PARAM = 'section';

export type ExperimentSection = 'runs' | 'recurring';

export function parseExperimentSection(raw: string | null): ExperimentSection {
  return raw === 'recurring' ? 'recurring' : 'runs';
}

/** Only the namespace survives a switch: the other list's page tokens, sort and filters mean nothing here. */
export function sectionSearch(prev: URLSearchParams, section: ExperimentSection): URLSearchParams {
  const next = new URLSearchParams();
  const ns = prev.get('ns');
  if (ns !== null) next.set('ns', ns);
  if (section !== 'runs') next.set(EXPERIMENT_SECTION_PARAM, section);
  return next;
}

/** Runs and recurring runs of the experiment as two tabs, one list at a time. */
export function ExperimentSections({
  runs,
  recurring,
}: {
  readonly runs: ReactNode;
  readonly recurring: ReactNode;
}) {
  const [params, setParams] = useSearchParams();
  const section = parseExperimentSection(params.get(EXPERIMENT_SECTION_PARAM));
  return (
    <Tabs.Root
      value={section}
      onValueChange={(value) =>
        setParams((prev) => sectionSearch(prev, parseExperimentSection(value)))
      }
      activationMode="manual"
    >
      <Tabs.List className="tabs" aria-label="Experiment contents">
        <Tabs.Trigger value="runs" className="tabs__tab">
          Runs
        </Tabs.Trigger>
        <Tabs.Trigger value="recurring" className="tabs__tab">
          Recurring runs
        </Tabs.Trigger>
      </Tabs.List>
      <Tabs.Content value="runs" className="tabs__panel">
        {section === 'runs' ? runs : null}
      </Tabs.Content>
      <Tabs.Content value="recurring" className="tabs__panel">
        {section === 'recurring' ? recurring : null}
      </Tabs.Content>
    </Tabs.Root>
  );
}
