import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { requireSharedDir } from '../../../../scripts/shared-dir.ts';
import { WebAppViewer } from './web-app-viewer.tsx';

/**
 * happy-dom does not load frame pages (the viewer frame's contentWindow stays null): the frame gets a message
 * port instead, which stands for the viewer's window (a message source with a postMessage).
 */
function stubFrameWindow(frame: HTMLElement): MessagePort {
  const stand = new MessageChannel().port1;
  Object.defineProperty(frame, 'contentWindow', { get: () => stand });
  return stand;
}

describe('WebAppViewer', () => {
  it('puts the viewer page in an iframe sandboxed with scripts only, never same-origin, and hands it the HTML when it asks', () => {
    const html = readFileSync(
      join(requireSharedDir(), 'fixtures', 'ui-metadata', 'model-output_hello-world.html'),
      'utf8',
    );
    render(<WebAppViewer config={{ type: 'web-app', html, title: 'hello-world.html' }} />);
    const frame = screen.getByTitle('hello-world.html');
    if (!(frame instanceof HTMLIFrameElement)) throw new Error('no iframe');
    expect(frame.getAttribute('sandbox')).toBe('allow-scripts');
    expect(frame.getAttribute('sandbox')).not.toContain('allow-same-origin');
    expect(frame.getAttribute('src')).toBe('/web-app-viewer.html');
    expect(frame).not.toHaveAttribute('srcdoc');
    const target = stubFrameWindow(frame);
    const sent = vi.spyOn(target, 'postMessage').mockImplementation(() => undefined);
    const ready = (source: MessageEventSource | null) =>
      act(() => {
        window.dispatchEvent(
          new MessageEvent('message', { data: { type: 'kfp-dashboard:web-app-ready' }, source }),
        );
      });
    // Another window's "ready" gets nothing.
    ready(window);
    expect(sent).not.toHaveBeenCalled();
    ready(target);
    expect(sent).toHaveBeenCalledTimes(1);
    const [message, origin] = sent.mock.calls[0] ?? [];
    expect(origin).toBe('*');
    const sentHtml: unknown =
      typeof message === 'object' && message !== null ? Reflect.get(message, 'html') : undefined;
    expect(Reflect.get(message ?? {}, 'type')).toBe('kfp-dashboard:web-app-html');
    // The HTML as it is, plus the script that reports its height.
    expect(typeof sentHtml === 'string' && sentHtml.startsWith(html)).toBe(true);
    expect(sentHtml).toEqual(expect.stringContaining('kfp-dashboard:frame-height'));
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

  it('takes the height its own frame reports (clamped), and ignores reports from other windows', () => {
    render(<WebAppViewer config={{ type: 'web-app', html: '<p>x</p>', title: 'sized' }} />);
    const frame = screen.getByTitle('sized');
    if (!(frame instanceof HTMLIFrameElement)) throw new Error('no iframe');
    stubFrameWindow(frame);
    const post = (height: number, source: MessageEventSource | null) =>
      act(() => {
        window.dispatchEvent(
          new MessageEvent('message', {
            data: { type: 'kfp-dashboard:frame-height', height },
            source,
          }),
        );
      });
    post(300, window);
    expect(frame.style.height).toBe('');
    post(300, frame.contentWindow);
    expect(frame.style.height).toBe('302px'); // content + the 1px borders
    post(99_999, frame.contentWindow);
    expect(frame.style.height).toBe('802px');
  });

  it('has a default title for assistive technology', () => {
    render(<WebAppViewer config={{ type: 'web-app', html: '<p>x</p>' }} />);
    expect(screen.getByTitle('Web app output')).toHaveAttribute('sandbox', 'allow-scripts');
  });
});
