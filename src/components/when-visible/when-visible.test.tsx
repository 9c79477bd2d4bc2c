import { act, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { WhenVisible } from './when-visible.tsx';

type Report = (entries: readonly { isIntersecting: boolean }[]) => void;

describe('WhenVisible', () => {
  const reports: Report[] = [];
  beforeEach(() => {
    reports.length = 0;
    // happy-dom's observer never reports: this one reports when the test says so.
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(report: Report) {
          reports.push(report);
        }
        observe() {}
        disconnect() {}
      },
    );
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('mounts its children only once they come near the viewport, and keeps them', () => {
    render(
      <WhenVisible label="the charts">
        <p>charts</p>
      </WhenVisible>,
    );
    expect(screen.getByText('Waiting to load the charts…')).toBeInTheDocument();
    act(() => reports.at(-1)?.([{ isIntersecting: false }]));
    expect(screen.queryByText('charts')).toBeNull();
    act(() => reports.at(-1)?.([{ isIntersecting: true }]));
    expect(screen.getByText('charts')).toBeInTheDocument();
    expect(screen.queryByText('Waiting to load the charts…')).toBeNull();
  });
});
