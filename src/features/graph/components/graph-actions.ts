import { createContext, useContext } from 'react';

/** What a node can ask of the canvas; given through context so node data stays plain (and memoised nodes stay put). */
export interface GraphActions {
  readonly selectNode: (nodeId: string) => void;
  readonly toggleGroup: (groupId: string) => void;
}

const noActions: GraphActions = { selectNode: () => undefined, toggleGroup: () => undefined };

export const GraphActionsContext = createContext<GraphActions>(noActions);

export function useGraphActions(): GraphActions {
  return useContext(GraphActionsContext);
}
