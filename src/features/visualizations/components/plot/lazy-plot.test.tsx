import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Figure } from './figure.ts';
import { createLazyPlot } from './lazy-plot.tsx';

/** A controllable IntersectionObserver (happy-dom's never reports). */
class FakeObserver implements IntersectionObserver {
  static instances: FakeObserver[] = [];
  readonly root = null;
  readonly rootMargin = '0px';
  readonly scrollMargin = '0px';
  readonly thresholds = [0];
  readonly targets: Element[] = [];
  constructor(private readonly callback: IntersectionObserverCallback) {
    FakeObserver.instances.push(this);
  }
  observe(target: Element) {
    this.targets.push(target);
  }
  disconnect() {
    this.targets.length = 0;
  }
  unobserve() {}
  takeRecords() {
    return [];
  }
  enter() {
    const entries = this.targets.map((target): IntersectionObserverEntry => {
      const rect = target.getBoundingClientRect();
      return {
        isIntersecting: true,
        target,
        time: 0,
        intersectionRatio: 1,
        boundingClientRect: rect,
        intersectionRect: rect,
        rootBounds: null,
      };
    });
    this.callback(entries, this);
  }
}

const figure: Figure = {
  data: [{ type: 'scatter' }],
  layout: {},
  ariaLabel: 'ROC curve: a, AUC 0.500',
  height: 300,
};

describe('createLazyPlot', () => {
  beforeEach(() => {
    FakeObserver.instances = [];
    vi.stubGlobal('IntersectionObserver', FakeObserver);
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('loads the plot code only once the chart comes into view, then passes the figure', async () => {
    const drawn: Figure[] = [];
    const load = vi.fn(() =>
      Promise.resolve({
        Plot: ({ figure: given }: { figure: Figure }) => {
          drawn.push(given);
          return <div data-testid="plot" />;
        },
      }),
    );
    const LazyPlot = createLazyPlot(load);
    render(<LazyPlot figure={figure} />);

    expect(screen.getByRole('img', { name: 'ROC curve: a, AUC 0.500' })).toHaveTextContent(
      'Chart loads when scrolled into view',
    );
    expect(load).not.toHaveBeenCalled();

    act(() => FakeObserver.instances.at(-1)?.enter());
    expect(await screen.findByTestId('plot')).toBeInTheDocument();
    expect(load).toHaveBeenCalledOnce();
    expect(drawn.at(-1)).toBe(figure);
  });
});
