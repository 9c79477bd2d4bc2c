import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { SummaryCard } from './summary-card.tsx';

describe('SummaryCard', () => {
  it('names the section and pairs every label with its value', () => {
    render(
      <SummaryCard
        label="Pipeline summary"
        description={'line one\nline two'}
        facts={[
          ['Name', 'tutorial'],
          ['ID', <code key="id">p-1</code>],
        ]}
      />,
    );
    const card = screen.getByRole('region', { name: 'Pipeline summary' });
    expect(card).toHaveTextContent('line one line two');
    const terms = within(card)
      .getAllByRole('term')
      .map((term) => term.textContent);
    const values = within(card)
      .getAllByRole('definition')
      .map((value) => value.textContent);
    expect(terms).toEqual(['Name', 'ID']);
    expect(values).toEqual(['tutorial', 'p-1']);
  });

  it('leaves out an empty description', () => {
    const { container } = render(
      <SummaryCard label="Experiment summary" facts={[['Created', '–']]} />,
    );
    expect(container.querySelector('p')).toBeNull();
  });
});
