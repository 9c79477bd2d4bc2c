import { SidePanel } from '@/components/side-panel';
import { IoTable } from './io-table.tsx';
import { nodeKindLabel, type FactsNode } from '../../model/node-facts.ts';
import { NodeFacts } from './node-facts.tsx';
import styles from './node-panel.module.css';

export interface NodePanelProps {
  readonly node: FactsNode;
  readonly onClose: () => void;
}

/** The side panel of a selected spec node: component, image, command, inputs/outputs, resources, volumes, control flow. */
export function NodePanel({ node, onClose }: NodePanelProps) {
  const { details } = node;
  return (
    <SidePanel
      label={`Node ${details.displayName}`}
      kind={nodeKindLabel(node)}
      title={details.displayName}
      closeLabel="Close node panel"
      onClose={onClose}
    >
      <div className={styles.body}>
        <NodeFacts node={node}>
          <IoTable title="Inputs" items={details.inputs} />
          <IoTable title="Outputs" items={details.outputs} />
        </NodeFacts>
      </div>
    </SidePanel>
  );
}
