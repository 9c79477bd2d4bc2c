import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { requireSharedDir } from '../../../../scripts/shared-dir.ts';
import { WebAppViewer } from './web-app-viewer.tsx';

describe('WebAppViewer', () => {
  it('puts the HTML in an iframe sandboxed with scripts only, never same-origin', () => {
    const html = readFileSync(join(requireSharedDir(), 'fixtures', 'ui-metadata', 'model-output_hello-world.html'), 'utf8');
    render(<WebAppViewer config={{ type: 'web-app', html, title: 'hello-world.html' }} />);
    const frame = screen.getByTitle('hello-world.html');
    expect(frame.tagName).toBe('IFRAME');
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts');
    expect(frame.getAttribute('sandbox')).not.toContain('allow-same-origin');
    expect(frame.getAttribute('srcdoc')).toBe(html);
    expect(frame).not.toHaveAttribute('src');
  });

  it('"Open in a new tab" opens the same HTML in the same sandbox, without an opener', () => {
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:page');
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    render(<WebAppViewer config={{ type: 'web-app', html: '<p>x</p>', title: 'page.html' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Open in a new tab' }));
    expect(open).toHaveBeenCalledWith('blob:page', '_blank', 'noopener,noreferrer');
    createObjectURL.mockRestore();
    open.mockRestore();
  });

  it('has a default title for assistive technology', () => {
    render(<WebAppViewer config={{ type: 'web-app', html: '<p>x</p>' }} />);
    expect(screen.getByTitle('Web app output')).toHaveAttribute('sandbox', 'allow-scripts');
  });
});
