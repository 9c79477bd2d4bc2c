/** A node of one layer: its left edge moves, its width does not. */
export interface Aligned {
  x: number;
  readonly width: number;
}

/**
 * Closest positions to `desired` (least squares) that keep the order and the gaps: pool-adjacent-violators
 * over blocks of nodes packed side by side.
 */
export function alignWithoutOverlap(
  layer: readonly Aligned[],
  desired: readonly number[],
  gap: number,
): void {
  interface Block {
    start: number;
    end: number;
    /** Sum of (desired − offset within the block) and count: the block's best left edge is sum / count. */
    sum: number;
    count: number;
    width: number;
  }
  const blocks: Block[] = [];
  layer.forEach((node, i) => {
    let block: Block = { start: i, end: i, sum: desired[i] ?? node.x, count: 1, width: node.width };
    for (;;) {
      const previous = blocks.at(-1);
      if (
        !previous ||
        previous.sum / previous.count + previous.width + gap <= block.sum / block.count
      )
        break;
      blocks.pop();
      const offset = previous.width + gap;
      block = {
        start: previous.start,
        end: block.end,
        sum: previous.sum + block.sum - offset * block.count,
        count: previous.count + block.count,
        width: offset + block.width,
      };
    }
    blocks.push(block);
  });
  for (const block of blocks) {
    let x = block.sum / block.count;
    for (let i = block.start; i <= block.end; i += 1) {
      const node = layer[i];
      if (!node) continue;
      node.x = x;
      x += node.width + gap;
    }
  }
}
