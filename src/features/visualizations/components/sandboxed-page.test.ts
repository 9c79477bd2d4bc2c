import { afterEach, describe, expect, it, vi } from 'vitest';
import { openSandboxedPage, sandboxedPage } from './sandboxed-page.ts';

const hostile = '"></iframe><script>window.parent.__x = 1</script><p title="a&amp;b">x</p>';

describe('sandboxedPage', () => {
  it('is one sandboxed iframe holding the HTML unchanged; the HTML cannot break out of the attribute', () => {
    const page = new DOMParser().parseFromString(
      sandboxedPage(hostile, '<b>report</b>'),
      'text/html',
    );
    expect(page.querySelectorAll('script')).toHaveLength(0);
    const frames = page.querySelectorAll('iframe');
    expect(frames).toHaveLength(1);
    expect(frames[0]?.getAttribute('sandbox')).toBe('allow-scripts');
    expect(frames[0]?.getAttribute('srcdoc')).toBe(hostile);
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
    expect(await blobs[0]?.text()).toBe(sandboxedPage('<p>hi</p>', 'hi.html'));
  });
});
