export { NodePanel, type NodePanelProps } from './node-panel';
export type { PanelIo, PanelNode, PanelNodeDetails } from './panel-node';
