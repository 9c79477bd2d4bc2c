/**
 * A chart as plain data: what the lazy plot component hands to plotly. Built by pure functions
 * (roc-figure.ts, confusion-matrix-figure.ts) so tests check what is drawn without a canvas.
 */
export interface Figure {
  data: Array<Record<string, unknown>>;
  layout: Record<string, unknown>;
  /** Text alternative for the chart. */
  ariaLabel: string;
  /** Pixel height of the chart. */
  height: number;
}

/**
 * plotly reads a few HTML-like tags in text (`<b>`, `<br>`, `<a href>`). User text (labels, file
 * names) is escaped so it always shows as typed and never becomes a link or markup.
 */
export function plotText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A number for hover text: ±∞ for infinities, else up to 4 significant digits. */
export function plotNumber(value: number): string {
  if (value === Number.POSITIVE_INFINITY) return '∞';
  if (value === Number.NEGATIVE_INFINITY) return '-∞';
  return String(Number(value.toPrecision(4)));
}
