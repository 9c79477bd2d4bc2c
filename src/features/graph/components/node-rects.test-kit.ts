import type { NodeRect } from './keyboard-nav.ts';

/** A laid-out graph of `rows` × `columns` nodes (220 × 56, 250 apart, rows 104 apart), as the layouts place them. */
export function grid(rows: number, columns: number): Map<string, NodeRect> {
  const rects = new Map<string, NodeRect>();
  for (let r = 0; r < rows; r += 1)
    for (let c = 0; c < columns; c += 1)
      rects.set(`n${r}-${c}`, { x: c * 250, y: 16 + r * 104, width: 220, height: 56 });
  return rects;
}
