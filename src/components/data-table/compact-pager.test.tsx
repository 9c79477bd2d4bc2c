import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CompactPager, useTokenStack } from './compact-pager.tsx';

/** Pages of 2 over 5 items with offset tokens. */
function Nested() {
  const stack = useTokenStack();
  const offset = stack.token === undefined ? 0 : Number(stack.token);
  const next = offset + 2 < 5 ? String(offset + 2) : undefined;
  return (
    <>
      <output>{`items ${offset + 1}–${Math.min(offset + 2, 5)}`}</output>
      <CompactPager stack={stack} nextPageToken={next} summary={`page ${stack.page}`} />
    </>
  );
}

describe('CompactPager', () => {
  it('walks a nested list forward and back with its own token stack', () => {
    render(<Nested />);
    expect(screen.getByRole('button', { name: 'Newer' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Older' }));
    fireEvent.click(screen.getByRole('button', { name: 'Older' }));
    expect(screen.getByRole('status')).toHaveTextContent('items 5–5');
    expect(screen.getByText('page 3')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Older' })).toBeDisabled();
    fireEvent.click(screen.getByRole('button', { name: 'Newer' }));
    expect(screen.getByRole('status')).toHaveTextContent('items 3–4');
  });

  it('draws nothing when one page holds everything', () => {
    const { container } = render(
      <CompactPager
        stack={{ token: undefined, page: 1, next: () => undefined, back: () => undefined }}
        nextPageToken={undefined}
      />,
    );
    expect(container).toBeEmptyDOMElement();
  });
});
