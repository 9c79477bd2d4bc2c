import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ViewerCard } from './viewer.tsx';

describe('full-screen view of a card', () => {
  it('opens the same viewer in a dialog from its (native, focusable) button; Escape closes it and gives focus back', async () => {
    render(
      <ViewerCard
        config={{ type: 'markdown', markdown: '# Report\n\nAll good.', title: 'report.md' }}
      />,
    );
    const button = screen.getByRole('button', { name: 'Full screen: report.md · Markdown' });
    expect(button.tagName).toBe('BUTTON');
    button.focus();
    fireEvent.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'report.md · Markdown' });
    expect(dialog).toContainElement(
      screen.getAllByRole('heading', { name: 'Report' }).find((h) => dialog.contains(h)) ?? null,
    );
    expect(dialog.contains(document.activeElement)).toBe(true);
    fireEvent.keyDown(document.activeElement ?? dialog, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(button).toHaveFocus();
  });

  it('error cards have nothing to enlarge', () => {
    render(
      <ViewerCard config={{ type: 'error', outputType: 'roc', message: 'roc: no data rows' }} />,
    );
    expect(screen.queryByRole('button', { name: /^Full screen/ })).toBeNull();
  });

  it('draws charts to fill the dialog (no fixed figure height) and closes with its Close button', async () => {
    render(
      <ViewerCard
        config={{
          type: 'confusion-matrix',
          labels: ['a', 'b'],
          matrix: [
            [1, 0],
            [0, 1],
          ],
          axes: ['target', 'predicted'],
          title: 'cm',
        }}
      />,
    );
    const inCard = screen.getByRole('img', { name: /^Confusion matrix of 2 classes/ });
    expect(inCard.style.height).not.toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Full screen: cm · Confusion matrix' }));
    const dialog = await screen.findByRole('dialog', { name: 'cm · Confusion matrix' });
    const chart = dialog.querySelector('[data-plot-box]');
    expect(chart).toHaveAttribute(
      'aria-label',
      'Confusion matrix of 2 classes: target by predicted',
    );
    expect(chart instanceof HTMLElement && chart.style.height).toBe('');
    fireEvent.click(screen.getByRole('button', { name: 'Close full screen' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
