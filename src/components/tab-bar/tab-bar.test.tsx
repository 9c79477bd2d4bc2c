import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { TabBar } from './tab-bar.tsx';

const TABS = ['io', 'details', 'logs', 'visualizations', 'pod', 'events'] as const;
type Tab = (typeof TABS)[number];
const LABELS: Record<Tab, string> = {
  io: 'Inputs / outputs',
  details: 'Details',
  logs: 'Logs',
  visualizations: 'Visualizations',
  pod: 'Pod',
  events: 'Events',
};

function Bar() {
  const [tab, setTab] = useState<Tab>('io');
  return (
    <TabBar
      label="Step views"
      tabs={TABS}
      labels={LABELS}
      current={tab}
      onSelect={setTab}
      idPrefix="node"
    >
      <p>The {LABELS[tab]} view</p>
    </TabBar>
  );
}

describe('TabBar', () => {
  it('keeps the six tabs on one scrollable row', () => {
    render(<Bar />);
    const list = screen.getByRole('tablist', { name: 'Step views' });
    expect(screen.getAllByRole('tab')).toHaveLength(6);
    expect(list.className).toMatch(/tabBar/);
  });

  it("draws the current tab's panel, labelled by that tab and controlled by every tab", () => {
    render(<Bar />);
    fireEvent.click(screen.getByRole('tab', { name: 'Logs' }));
    const panel = screen.getByRole('tabpanel', { name: 'Logs' });
    expect(panel).toHaveTextContent('The Logs view');
    for (const tab of screen.getAllByRole('tab'))
      expect(tab).toHaveAttribute('aria-controls', panel.id);
  });

  it('selects and focuses tabs with the arrow keys (wrapping), Home and End', () => {
    render(<Bar />);
    const selected = () => screen.getByRole('tab', { selected: true });
    screen.getByRole('tab', { name: 'Inputs / outputs' }).focus();
    fireEvent.keyDown(selected(), { key: 'ArrowRight' });
    expect(selected().textContent).toBe('Details');
    expect(document.activeElement).toBe(selected());
    fireEvent.keyDown(selected(), { key: 'End' });
    expect(selected().textContent).toBe('Events');
    expect(document.activeElement).toBe(selected());
    fireEvent.keyDown(selected(), { key: 'ArrowRight' });
    expect(selected().textContent).toBe('Inputs / outputs');
    fireEvent.keyDown(selected(), { key: 'ArrowLeft' });
    expect(selected().textContent).toBe('Events');
    fireEvent.keyDown(selected(), { key: 'Home' });
    expect(selected().textContent).toBe('Inputs / outputs');
    expect(document.activeElement).toBe(selected());
    expect(screen.getAllByRole('tab').filter((t) => t.tabIndex === 0)).toHaveLength(1);
  });
});
