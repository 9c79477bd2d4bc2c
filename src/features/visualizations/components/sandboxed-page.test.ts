import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSandboxedPage, sandboxedPage } from './sandboxed-page.ts';

const hostile =
  '"></iframe></script><!--<script>window.parent.__x = 1</script><p title="a&amp;b">x</p>';

describe('sandboxedPage', () => {
  it('is one sandboxed frame of the viewer, the HTML as inert data it cannot break out of, and only the dashboard’s own script', () => {
    const page = new DOMParser().parseFromString(
      sandboxedPage(hostile, '<b>report</b>', 'https://kfp.example'),
      'text/html',
    );
    const scripts = [...page.querySelectorAll('script')];
    expect(scripts.map((script) => script.getAttribute('src'))).toEqual([
      'https://kfp.example/web-app-tab.js',
      null,
    ]);
    expect(scripts[1]?.getAttribute('type')).toBe('application/json');
    expect(JSON.parse(scripts[1]?.textContent ?? '')).toBe(hostile);
    const frames = page.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0]?.getAttribute('sandbox')).toBe('allow-scripts');
    expect(frames[0]?.getAttribute('src')).toBe('https://kfp.example/web-app-viewer.html');
    expect(frames[0]?.hasAttribute('srcdoc')).toBe(false);
    expect(page.title).toBe('<b>report</b>');
  });
});

describe('openSandboxedPage', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('opens a blob URL of the sandboxed page without an opener', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) blobs.push(blob);
      return 'blob:page';
    });
    const open = vi.spyOn(window, 'open').mockImplementation(() => null);
    openSandboxedPage('<p>hi</p>', 'hi.html');
    expect(open).toHaveBeenCalledWith('blob:page', '_blank', 'noopener,noreferrer');
    expect(blobs[0]?.type).toBe('text/html');
    expect(await blobs[0]?.text()).toBe(
      sandboxedPage('<p>hi</p>', 'hi.html', window.location.origin),
    );
  });
});
