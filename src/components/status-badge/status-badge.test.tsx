import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { RUN_STATES, runStateLabel, StatusBadge } from './status-badge.tsx';

describe('StatusBadge', () => {
  it.each(RUN_STATES)('shows %s as text with a decorative icon', (state) => {
    const { container } = render(<StatusBadge state={state} />);
    const badge = container.querySelector(`[data-state="${state}"]`);
    expect(badge).not.toBeNull();
    expect(badge).toHaveTextContent(runStateLabel(state));
    const icon = badge?.querySelector('svg');
    expect(icon).toHaveAttribute('aria-hidden', 'true');
  });

  it('gives each state its own label', () => {
    const labels = new Set(RUN_STATES.map((state) => runStateLabel(state)));
    expect(labels.size).toBe(RUN_STATES.length);
  });

  it('falls back to Unknown for missing or unexpected states', () => {
    render(
      <>
        <StatusBadge state={undefined} />
        <StatusBadge state="RUNTIME_STATE_UNSPECIFIED" />
      </>,
    );
    expect(screen.getAllByText('Unknown')).toHaveLength(2);
  });
});
