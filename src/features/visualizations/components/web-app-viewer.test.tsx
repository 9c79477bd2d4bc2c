import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
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

  it('has a default title for assistive technology', () => {
    render(<WebAppViewer config={{ type: 'web-app', html: '<p>x</p>' }} />);
    expect(screen.getByTitle('Web app output')).toHaveAttribute('sandbox', 'allow-scripts');
  });
});
