import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createExperiment } from '@/lib/kfp/experiments.ts';
import { uploadPipeline } from '@/lib/kfp/pipelines.ts';
import { createRecurringRun } from '@/lib/kfp/recurring-runs.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { argoPipelineYaml } from '../../../../emulator/testing/test-pipelines.ts';
import { RecurringRunsTable } from './recurring-runs-table.tsx';

const NS = 'kubeflow-alice';

async function setup() {
  const emulator = await createTestEmulator();
  const client = emulator.client('alice');
  const pipeline = await uploadPipeline(client, {
    file: new File([argoPipelineYaml], 'hello.yaml'),
    name: 'hello',
    namespace: NS,
  });
  const experiment = await createExperiment(client, { display_name: 'exp', namespace: NS });
  const make = (name: string, mode: 'ENABLE' | 'DISABLE', start?: string) =>
    createRecurringRun(client, {
      display_name: name,
      experiment_id: experiment.experiment_id,
      pipeline_version_reference: { pipeline_id: pipeline.pipeline_id },
      max_concurrency: '1',
      mode,
      trigger: {
        cron_schedule: { cron: '0 0 2 * * *', ...(start ? { start_time: start } : {}) },
      },
    });
  await make('alpha', 'ENABLE', '2030-01-02T03:04:00Z');
  await make('beta', 'DISABLE');
  await make('gamma', 'ENABLE');
  const view = renderWithApp(<RecurringRunsTable namespace={NS} />, {
    client,
    namespace: NS,
    url: `/recurring-runs?ns=${NS}`,
  });
  return { view };
}

const names = () =>
  within(screen.getByRole('table', { name: 'Recurring runs' }))
    .getAllByRole('link')
    .map((link) => link.textContent)
    .filter((text) => ['alpha', 'beta', 'gamma'].includes(text))
    // Created within one second: their order is the server's tie-break.
    .sort();

describe('RecurringRunsTable', () => {
  it('filters by enabled/disabled (read and filtered here: KFP has no status filter)', async () => {
    await setup();
    await screen.findByRole('link', { name: 'alpha' });
    expect(names()).toEqual(['alpha', 'beta', 'gamma']);
    fireEvent.mouseDown(screen.getByRole('tab', { name: 'Disabled' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Disabled' }));
    await waitFor(() => expect(names()).toEqual(['beta']));
    fireEvent.mouseDown(screen.getByRole('tab', { name: 'Enabled' }));
    fireEvent.click(screen.getByRole('tab', { name: 'Enabled' }));
    await waitFor(() => expect(names()).toEqual(['alpha', 'gamma']));
  });

  it('shows the schedule, its raw cron and its start', async () => {
    await setup();
    const row = (await screen.findByRole('link', { name: 'alpha' })).closest('tr');
    if (!row) throw new Error('no row');
    expect(row).toHaveTextContent('At 02:00');
    expect(row).toHaveTextContent('cron: 0 0 2 * * *');
    expect(within(row).getByText(/2030/)).toBeInTheDocument();
  });

  it('offers Edit for exactly one selected recurring run, as a replacing edit', async () => {
    await setup();
    await screen.findByRole('link', { name: 'alpha' });
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByRole('button', { name: 'Edit' })).toBeDisabled();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select alpha' }));
    const edit = within(bar).getByRole('link', { name: 'Edit' });
    expect(edit.getAttribute('href')).toMatch(
      /^\/runs\/new\?editRecurring=[^&]+&ns=kubeflow-alice$/,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'Select beta' }));
    expect(within(bar).getByRole('button', { name: 'Edit' })).toBeDisabled();
  });
});
