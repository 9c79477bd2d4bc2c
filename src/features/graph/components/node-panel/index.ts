export { NodePanel, type NodePanelProps } from './node-panel.tsx';
