import { fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRIGGER, type TriggerInput } from '../../model/run-form-trigger.ts';
import { TriggerSection } from './trigger-section.tsx';

function Harness({ initial }: { readonly initial: TriggerInput }) {
  const [trigger, setTrigger] = useState(initial);
  return <TriggerSection trigger={trigger} errors={{}} onChange={setTrigger} />;
}

const cronTrigger = (cron: string): TriggerInput => ({ ...DEFAULT_TRIGGER, kind: 'cron', cron });

describe('TriggerSection, cron', () => {
  it('the builder writes the 6-field cron, and the raw field drives the builder', () => {
    render(<Harness initial={cronTrigger('0 0 * * * *')} />);
    const raw = screen.getByLabelText('Cron expression');
    const repeat = screen.getByLabelText('Repeat');
    expect(repeat).toHaveValue('hours');

    fireEvent.change(repeat, { target: { value: 'weeks' } });
    expect(raw).toHaveValue('0 0 0 * * 1');
    const days = screen.getByRole('group', { name: 'Days of the week' });
    fireEvent.click(within(days).getByLabelText('Wed'));
    fireEvent.change(screen.getByLabelText('Time of day (UTC)'), { target: { value: '09:30' } });
    expect(raw).toHaveValue('0 30 9 * * 1,3');
    // The last day left cannot be unticked.
    fireEvent.click(within(days).getByLabelText('Mon'));
    expect(within(days).getByLabelText('Wed')).toBeDisabled();

    fireEvent.change(raw, { target: { value: '0 15 */6 ? * *' } });
    expect(repeat).toHaveValue('hours');
    expect(screen.getByLabelText('Every')).toHaveValue('6');
    expect(screen.getByLabelText('At minute')).toHaveValue('15');
    fireEvent.change(screen.getByLabelText('Every'), { target: { value: '12' } });
    expect(raw).toHaveValue('0 15 */12 * * *');

    fireEvent.change(repeat, { target: { value: 'months' } });
    fireEvent.change(screen.getByLabelText('On day'), { target: { value: '15' } });
    // Every 12 fits months too, so it stays.
    expect(raw).toHaveValue('0 15 0 15 */12 *');
  });

  it('says when a cron is beyond the builder, and a frequency chosen there replaces it', () => {
    render(<Harness initial={cronTrigger('*/10 * * * * *')} />);
    const repeat = screen.getByLabelText('Repeat');
    expect(repeat).toHaveValue('');
    expect(screen.getByText('This cron is beyond the builder; edit it below.')).toBeInTheDocument();
    fireEvent.change(repeat, { target: { value: 'minutes' } });
    expect(screen.getByLabelText('Cron expression')).toHaveValue('0 * * * * *');
  });

  it('shows the next 5 fire times, fewer when the schedule ends, none for an invalid cron', () => {
    render(<Harness initial={cronTrigger('0 30 14 * * ?')} />);
    const list = screen.getByRole('list', { name: 'Next 5 runs' });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(5);
    for (const item of items) expect(item).toHaveTextContent(/\d{4}-\d\d-\d\d 14:30:00 UTC/);

    const tomorrow = new Date(Date.now() + 86_400_000);
    const endText = `${tomorrow.getFullYear()}-${String(tomorrow.getMonth() + 1).padStart(2, '0')}-${String(tomorrow.getDate()).padStart(2, '0')}T23:59`;
    fireEvent.change(screen.getByLabelText('End'), { target: { value: endText } });
    expect(
      within(screen.getByRole('list', { name: 'Next 5 runs' })).getAllByRole('listitem').length,
    ).toBeLessThan(5);

    fireEvent.change(screen.getByLabelText('Cron expression'), {
      target: { value: '0 0 0 * * 7' },
    });
    expect(screen.queryByRole('list', { name: 'Next 5 runs' })).not.toBeInTheDocument();
    expect(screen.getByText(/7 is out of range for the day of week field/)).toBeInTheDocument();
  });
});
