import type { ReactNode } from 'react';
import { controlFacts, resourceFacts, type Fact, type FactsNode } from '../../model/node-facts.ts';
import { VolumeTable, type PodVolumes } from './volume-table.tsx';
import styles from './node-panel.module.css';

function Facts({ title, facts }: { readonly title: string; readonly facts: readonly Fact[] }) {
  if (facts.length === 0) return null;
  return (
    <section className={styles.section}>
      <h3>{title}</h3>
      <dl className={styles.facts}>
        {facts.map((item) => (
          <div key={item.label}>
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}

function CommandLine({
  command,
  args,
}: {
  readonly command: readonly string[];
  readonly args: readonly string[];
}) {
  if (command.length === 0 && args.length === 0) return null;
  return (
    <section className={styles.section}>
      <h3>Command and arguments</h3>
      {command.length > 0 ? (
        <pre className={styles.code} aria-label="Command">
          {command.join('\n')}
        </pre>
      ) : null}
      {args.length > 0 ? (
        <pre className={styles.code} aria-label="Arguments">
          {args.join('\n')}
        </pre>
      ) : null}
    </section>
  );
}

/** Component, template, image, what it calls and its id. */
function componentFacts(node: FactsNode): Fact[] {
  const { details } = node;
  const component: Fact[] = [];
  if (details.componentName) component.push({ label: 'Component', value: details.componentName });
  if (details.templateName && details.templateName !== details.componentName)
    component.push({ label: 'Template', value: details.templateName });
  if (details.image) component.push({ label: 'Image', value: details.image });
  if (node.kind === 'recursive-call')
    component.push({ label: 'Calls', value: node.targetId ?? 'the pipeline itself' });
  component.push({ label: 'Node ID', value: node.id });
  return component;
}

export interface NodeFactsProps {
  readonly node: FactsNode;
  /** Drawn after the command line (the pipeline page's inputs and outputs). */
  readonly children?: ReactNode;
  /** The run page: the step's pod's volumes, beside the spec's. */
  readonly podVolumes?: PodVolumes | undefined;
}

/**
 * What the spec says about a node — component, image, command, resources, volumes, control flow —
 * in the same words on the pipeline page and the run page.
 */
export function NodeFacts({ node, children, podVolumes }: NodeFactsProps) {
  const { details } = node;
  return (
    <div className={styles.nodeFacts}>
      <Facts title="Component" facts={componentFacts(node)} />
      <CommandLine command={details.command} args={details.args} />
      {children}
      <Facts title="Resources" facts={resourceFacts(details)} />
      <VolumeTable details={details} pod={podVolumes} />
      <Facts title="Execution policy" facts={controlFacts(details)} />
    </div>
  );
}
