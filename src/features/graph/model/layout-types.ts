// The layout's input and output, shared by both engines (ELK in layout.ts, quick-layout.ts) and layout-edges.ts.

/** What the layout needs: structure and sizes only (no node data), so it can cross to a worker and be cached. */
export interface LayoutInput {
  readonly nodes: readonly LayoutNodeInput[];
  readonly edges: readonly LayoutEdgeInput[];
}

export interface LayoutNodeInput {
  readonly id: string;
  readonly parentId?: string;
  /** An expanded group: sized by ELK around its children. */
  readonly container: boolean;
  readonly width: number;
  readonly height: number;
}

export interface LayoutEdgeInput {
  readonly id: string;
  readonly source: string;
  readonly target: string;
}

export interface LayoutBox {
  readonly id: string;
  readonly parentId?: string;
  /** Relative to the parent box (what React Flow wants for `parentId` sub-flows); absolute at the top level. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface GraphLayout {
  /** Parents before children. */
  readonly nodes: readonly LayoutBox[];
  readonly width: number;
  readonly height: number;
}
