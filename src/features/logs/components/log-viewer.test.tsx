import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useSyncExternalStore } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWithApp } from '@/testing/render.tsx';
import { readLogUrlState } from '../model/url-state.ts';
import { mockLayout } from '../testing/happy-dom-layout.ts';
import { LogRoute, logLines } from '../testing/log-route.tsx';
import { createTestStore } from '../testing/test-store.ts';

let restoreLayout: () => void = () => undefined;
beforeAll(() => {
  restoreLayout = mockLayout();
});
afterAll(() => {
  restoreLayout();
});

/** A page whose log grows: `liveText.set()` changes it like a poll would. */
const liveText = createTestStore('');
function LiveRoute() {
  const text = useSyncExternalStore(liveText.subscribe, liveText.get);
  return <LogRoute text={text} running />;
}

const lines = logLines;

const region = () => screen.getByRole('region', { name: 'Log of train-abc-123' });
const findBox = () => screen.getByRole('searchbox', { name: 'Find in log' });
const renderedRows = () => region().querySelectorAll('[data-index]');
/** The line number shown in the row of the current match. */
function currentMatchLine(): string | null | undefined {
  const mark = region().querySelector('mark[data-current]');
  return mark?.closest('[data-index]')?.querySelector('a')?.textContent;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('LogViewer', () => {
  it('renders only a window of a 100,000-line log and centres the line from the URL', async () => {
    renderWithApp(<LogRoute text={lines(100_000)} />, { url: '/?line=60000' });
    const link = await screen.findByRole('link', { name: 'Line 60000' });
    expect(link).toHaveAttribute('aria-current', 'location');
    expect(link.closest('[data-index]')).toHaveAttribute('data-selected');
    expect(renderedRows().length).toBeGreaterThan(10);
    expect(renderedRows().length).toBeLessThan(200);
    expect(screen.queryByRole('link', { name: 'Line 1' })).toBeNull();
    expect(screen.getByText('100,000 lines')).toBeInTheDocument();
  });

  it('finds with Enter and Shift+Enter, wrapping around, and counts the matches', async () => {
    const text = lines(1000, {
      10: 'load NEEDLE one',
      500: 'needle two',
      900: 'a needle and a Needle',
    });
    const { currentUrl } = renderWithApp(<LogRoute text={text} />, { url: '/' });
    fireEvent.change(findBox(), { target: { value: 'needle' } });
    expect(await screen.findByText('1 of 4')).toBeInTheDocument();
    await waitFor(() => expect(currentUrl()).toBe('/?find=needle'));
    expect(currentMatchLine()).toBe('10');

    fireEvent.keyDown(findBox(), { key: 'Enter' });
    expect(await screen.findByText('2 of 4')).toBeInTheDocument();
    await waitFor(() => expect(currentMatchLine()).toBe('500'));
    fireEvent.keyDown(findBox(), { key: 'Enter' });
    fireEvent.keyDown(findBox(), { key: 'Enter' });
    expect(await screen.findByText('4 of 4')).toBeInTheDocument();
    await waitFor(() => expect(currentMatchLine()).toBe('900'));
    expect(region().querySelectorAll('mark')).toHaveLength(2);
    fireEvent.keyDown(findBox(), { key: 'Enter' });
    expect(await screen.findByText('1 of 4')).toBeInTheDocument();
    await waitFor(() => expect(currentMatchLine()).toBe('10'));
    fireEvent.keyDown(findBox(), { key: 'Enter', shiftKey: true });
    expect(await screen.findByText('4 of 4')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Previous match' }));
    expect(await screen.findByText('3 of 4')).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Next match' }));
    expect(await screen.findByText('4 of 4')).toBeInTheDocument();

    fireEvent.click(screen.getByRole('button', { name: 'Match case' }));
    expect(currentUrl()).toBe('/?find=needle&case=1');
    expect(await screen.findByText('2 of 2')).toBeInTheDocument();
  });

  it('starts finding at the selected line', async () => {
    renderWithApp(<LogRoute text={lines(300, { 5: 'x needle', 200: 'y needle' })} />, {
      url: '/?line=100&find=needle',
    });
    expect(await screen.findByText('2 of 2')).toBeInTheDocument();
  });

  it('explains an invalid regular expression and recovers when it is fixed', async () => {
    const { currentUrl } = renderWithApp(
      <LogRoute text={lines(50, { 7: 'needle 42', 9: 'needle x' })} />,
      { url: '/' },
    );
    fireEvent.click(screen.getByRole('button', { name: 'Regular expression' }));
    expect(screen.getByRole('button', { name: 'Regular expression' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    fireEvent.change(findBox(), { target: { value: 'needle (\\d+' } });
    expect(
      await screen.findByText('Invalid regular expression: Unterminated group'),
    ).toBeInTheDocument();
    expect(findBox()).toHaveAttribute('aria-invalid', 'true');
    expect(findBox()).toHaveAccessibleDescription('Invalid regular expression: Unterminated group');
    fireEvent.change(findBox(), { target: { value: 'needle (\\d+)' } });
    expect(await screen.findByText('1 of 1')).toBeInTheDocument();
    expect(findBox()).not.toHaveAttribute('aria-invalid');
    await waitFor(() =>
      expect(readLogUrlState(new URL(currentUrl(), 'http://x').searchParams).find).toEqual({
        query: 'needle (\\d+)',
        regex: true,
        matchCase: false,
      }),
    );
  });

  it('selects a line through its permalink and copies a link to it', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    const { currentUrl } = renderWithApp(<LogRoute text={lines(40)} />, { url: '/?find=step' });
    const link = await screen.findByRole('link', { name: 'Line 7' });
    expect(link).toHaveAttribute('href', '/runs/r1?find=step&line=7');
    expect(screen.getByRole('button', { name: 'Copy line link' })).toBeDisabled();
    fireEvent.click(link);
    expect(currentUrl()).toBe('/?find=step&line=7');
    await waitFor(() =>
      expect(screen.getByRole('link', { name: 'Line 7' })).toHaveAttribute(
        'aria-current',
        'location',
      ),
    );
    fireEvent.click(screen.getByRole('button', { name: 'Copy line link' }));
    expect(await screen.findByText('Copied a link to line 7.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(`${window.location.origin}/runs/r1?find=step&line=7`);
  });

  it('leaves a modified click on a line number to the browser', async () => {
    const { currentUrl } = renderWithApp(<LogRoute text={lines(10)} />, { url: '/' });
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true });
    (await screen.findByRole('link', { name: 'Line 3' })).dispatchEvent(click);
    expect(currentUrl()).toBe('/');
  });

  it('jumps to the first traceback and selects it', async () => {
    const text = lines(5000, {
      100: 'ERROR: retrying',
      3000: 'Traceback (most recent call last):',
      3001: '  File "train.py", line 1',
      3002: 'ValueError: bad',
    });
    const { currentUrl } = renderWithApp(<LogRoute text={text} />, { url: '/' });
    const jump = screen.getByRole('button', { name: 'Jump to error' });
    expect(jump).toHaveAttribute('title', 'Line 3,000: the first Python traceback');
    fireEvent.click(jump);
    expect(currentUrl()).toBe('/?line=3000');
    const link = await screen.findByRole('link', { name: 'Line 3000' });
    expect(link).toHaveAttribute('aria-current', 'location');
    expect(
      within(link.closest('[data-index]') ?? document.body).getByText(
        'Traceback (most recent call last):',
      ),
    ).toHaveAttribute('data-problem');
  });

  it('has no error to jump to in a clean log', () => {
    renderWithApp(<LogRoute text={lines(10)} />, { url: '/' });
    expect(screen.getByRole('button', { name: 'Jump to error' })).toBeDisabled();
  });

  it('downloads the log as the server sent it, named after the pod', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      if (blob instanceof Blob) created.push(blob);
      return 'blob:log-1';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      clicked.push({ href: this.getAttribute('href') ?? '', download: this.download });
    });
    const raw = '\u001b[32mgreen\u001b[0m\r\nplain\n';
    renderWithApp(<LogRoute text={raw} />, { url: '/' });
    fireEvent.click(screen.getByRole('button', { name: 'Download' }));
    expect(clicked).toEqual([{ href: 'blob:log-1', download: 'train-abc-123.log' }]);
    expect(created).toHaveLength(1);
    expect(await created[0]?.text()).toBe(raw);
    expect(screen.getByText('green')).toBeInTheDocument();
  });

  it('focuses its find box on Ctrl+F or Cmd+F inside the viewer', () => {
    renderWithApp(<LogRoute text={lines(10)} />, { url: '/' });
    region().focus();
    fireEvent.keyDown(region(), { key: 'f', ctrlKey: true });
    expect(findBox()).toHaveFocus();
    fireEvent.keyDown(findBox(), { key: 'Escape' });
    expect(region()).toHaveFocus();
    fireEvent.keyDown(region(), { key: 'F', metaKey: true });
    expect(findBox()).toHaveFocus();
  });

  it('wraps lines on request', () => {
    renderWithApp(<LogRoute text={lines(10)} />, { url: '/' });
    const wrap = screen.getByRole('button', { name: 'Wrap lines' });
    expect(wrap).toHaveAttribute('aria-pressed', 'false');
    fireEvent.click(wrap);
    expect(wrap).toHaveAttribute('aria-pressed', 'true');
    expect(renderedRows()).toHaveLength(10);
  });

  it('shows a very long line as several rows with one line number', async () => {
    const long = `${'a'.repeat(12_000)}needle`;
    renderWithApp(<LogRoute text={`first\n${long}\nlast\n`} />, { url: '/?find=needle' });
    expect(await screen.findByText('1 of 1')).toBeInTheDocument();
    expect(renderedRows()).toHaveLength(5);
    expect(screen.getAllByRole('link').map((a) => a.textContent)).toEqual(['1', '2', '3']);
    expect(currentMatchLine()).toBeUndefined();
    expect(region().querySelector('mark[data-current]')?.closest('[data-index]')).toHaveAttribute(
      'data-index',
      '3',
    );
  });

  it('says there is no output yet for an empty log', () => {
    renderWithApp(<LogRoute text="" running />, { url: '/' });
    expect(screen.getByText('No output yet')).toBeInTheDocument();
    expect(screen.getByText(/has not written to its log yet/)).toBeInTheDocument();
    expect(screen.queryByRole('region')).toBeNull();
  });

  it('follows new lines while running until the user scrolls up', async () => {
    liveText.set(lines(100));
    renderWithApp(<LiveRoute />, { url: '/' });
    const follow = screen.getByRole('button', { name: 'Follow' });
    expect(follow).toHaveAttribute('aria-pressed', 'true');
    await screen.findByRole('link', { name: 'Line 100' });
    liveText.set(liveText.get() + lines(300).replace(/step (\d+)/g, 'more $1'));
    expect(await screen.findByRole('link', { name: 'Line 400' })).toBeInTheDocument();

    // The user scrolls up: following stops, new lines no longer pull the view down.
    const scroller = region();
    scroller.scrollTop = 2000;
    fireEvent.scroll(scroller);
    expect(follow).toHaveAttribute('aria-pressed', 'false');
    liveText.set(liveText.get() + lines(100));
    expect(await screen.findByText('500 lines · running')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Line 500' })).toBeNull();

    fireEvent.click(follow);
    expect(await screen.findByRole('link', { name: 'Line 500' })).toBeInTheDocument();
    expect(follow).toHaveAttribute('aria-pressed', 'true');
  });
});
