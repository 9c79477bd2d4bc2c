/** A curve of one run's output, before it joins the overlay. */
export interface RunCurves<C extends { readonly label: string }> {
  readonly runName: string;
  /** The output it came from (task and output title). */
  readonly source: string;
  readonly curves: readonly C[];
}

/**
 * Puts the curves of several runs on one chart: each curve is renamed `run · source`, with its own
 * label added when one output has several curves, so the legend tells the runs apart.
 */
export function overlayCurves<C extends { readonly label: string }>(
  outputs: readonly RunCurves<C>[],
): C[] {
  return outputs.flatMap(({ runName, source, curves }) =>
    curves.map((curve) => ({
      ...curve,
      label:
        curves.length > 1 ? `${runName} · ${source}: ${curve.label}` : `${runName} · ${source}`,
    })),
  );
}
