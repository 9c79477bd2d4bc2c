export type Direction = 'up' | 'down' | 'left' | 'right';

export interface NodeRect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const KEYS: Readonly<Record<string, Direction>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

export function directionOfKey(key: string): Direction | undefined {
  return KEYS[key];
}

/** Rows and columns closer than this count as the same row or column. */
const SAME_LINE = 8;

/**
 * The node an arrow key moves to from `fromId`. Up/down: the nearest row that way, then the node in it
 * closest to the starting node's centre. Left/right: the nearest node on the same row, else the nearest
 * column that way, then the closest node in it. Rects are absolute canvas boxes.
 */
export function neighbourInDirection(
  rects: ReadonlyMap<string, NodeRect>,
  fromId: string,
  direction: Direction,
): string | undefined {
  const from = rects.get(fromId);
  if (!from) return undefined;
  const vertical = direction === 'up' || direction === 'down';
  const sign = direction === 'down' || direction === 'right' ? 1 : -1;
  const centre = (rect: NodeRect) =>
    vertical
      ? { main: rect.y + rect.height / 2, cross: rect.x + rect.width / 2 }
      : { main: rect.x + rect.width / 2, cross: rect.y + rect.height / 2 };
  const start = centre(from);
  const candidates: { id: string; main: number; cross: number }[] = [];
  for (const [id, rect] of rects) {
    if (id === fromId) continue;
    const c = centre(rect);
    const main = (c.main - start.main) * sign;
    if (main > SAME_LINE) candidates.push({ id, main, cross: Math.abs(c.cross - start.cross) });
  }
  if (candidates.length === 0) return undefined;
  // Left and right stay on the row when they can (a layered drawing's rows are its structure).
  const aligned = vertical ? [] : candidates.filter((c) => c.cross < from.height / 2);
  if (aligned.length > 0) return aligned.reduce((best, c) => (c.main < best.main ? c : best)).id;
  const nearest = Math.min(...candidates.map((c) => c.main));
  const line = candidates.filter((c) => c.main <= nearest + SAME_LINE);
  line.sort((a, b) => a.cross - b.cross || a.main - b.main);
  return line[0]?.id;
}
