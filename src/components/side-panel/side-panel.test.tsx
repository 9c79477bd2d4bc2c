import { fireEvent, render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { SidePanel } from './side-panel.tsx';

describe('SidePanel', () => {
  it('names itself, shows its kind and title over the body, and closes from its button', () => {
    const onClose = vi.fn();
    render(
      <SidePanel
        label="Node train"
        kind="Task"
        title="train"
        closeLabel="Close node panel"
        onClose={onClose}
      >
        <p>body text</p>
      </SidePanel>,
    );
    const panel = screen.getByRole('complementary', { name: 'Node train' });
    expect(within(panel).getByRole('heading', { level: 2 })).toHaveTextContent('train');
    expect(within(panel).getByText('Task')).toBeInTheDocument();
    expect(within(panel).getByText('body text')).toBeInTheDocument();
    fireEvent.click(within(panel).getByRole('button', { name: 'Close node panel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
