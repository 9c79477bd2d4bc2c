import { SidePanel } from '@/components/side-panel';
import { IoTable } from './io-table';
import {
  controlFacts,
  nodeKindLabel,
  resourceFacts,
  type Fact,
  type PanelNode,
} from './panel-node';
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

export interface NodePanelProps {
  readonly node: PanelNode;
  readonly onClose: () => void;
}

/** The side panel of a selected spec node: component, image, command, inputs/outputs, resources, volumes, control flow. */
export function NodePanel({ node, onClose }: NodePanelProps) {
  const { details } = node;
  const component: Fact[] = [];
  if (details.componentName) component.push({ label: 'Component', value: details.componentName });
  if (details.templateName && details.templateName !== details.componentName)
    component.push({ label: 'Template', value: details.templateName });
  if (details.image) component.push({ label: 'Image', value: details.image });
  if (node.kind === 'recursive-call')
    component.push({ label: 'Calls', value: node.targetId ?? 'the pipeline itself' });
  component.push({ label: 'Node ID', value: node.id });
  const volumes = details.volumes.map((volume) => ({
    label: volume.name,
    value:
      [volume.mountPath, volume.source]
        .filter((part) => part !== undefined && part !== '')
        .join(' ← ') || '–',
  }));
  return (
    <SidePanel
      label={`Node ${details.displayName}`}
      kind={nodeKindLabel(node)}
      title={details.displayName}
      closeLabel="Close node panel"
      onClose={onClose}
    >
      <div className={styles.body}>
        <Facts title="Component" facts={component} />
        <CommandLine command={details.command} args={details.args} />
        <IoTable title="Inputs" items={details.inputs} />
        <IoTable title="Outputs" items={details.outputs} />
        <Facts title="Resources" facts={resourceFacts(details)} />
        <Facts title="Volumes" facts={volumes} />
        <Facts title="Execution" facts={controlFacts(details)} />
      </div>
    </SidePanel>
  );
}
