/** The part of the plotly.js API the plot component uses (the dist bundle ships no types). */
declare module 'plotly.js-cartesian-dist-min' {
  interface PlotlyStatic {
    react(
      root: HTMLElement,
      data: readonly object[],
      layout?: object,
      config?: object,
    ): Promise<unknown>;
    purge(root: HTMLElement): void;
    Plots: { resize(root: HTMLElement): Promise<unknown> };
  }
  const Plotly: PlotlyStatic;
  export = Plotly;
}
