import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type * as Visualizations from '@/features/visualizations';
import { createMlmdTestEmulator, finishedRun } from '@/testing/mlmd-emulator.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { reportPipelineYaml } from '../../../../emulator/testing/emulator-test-kit.ts';
import { Component as RunDetails } from '../run-details.tsx';

// Every viewer throws while drawing (a bug in a viewer, bad data a parser let through).
vi.mock('@/features/visualizations', async (importOriginal) => {
  const actual = await importOriginal<typeof Visualizations>();
  return {
    ...actual,
    ViewerCard: () => {
      throw new Error('The viewer broke.');
    },
  };
});

const NS = 'kubeflow-alice';

describe('the run page with a throwing viewer', () => {
  it(
    'shows the error with a retry in the viewer’s place; the graph, the run tabs and the node panel keep working',
    { timeout: 30_000 },
    async () => {
      const emulator = await createMlmdTestEmulator({ runApi: 'next' });
      const runId = await finishedRun(emulator, reportPipelineYaml);
      vi.spyOn(console, 'error').mockImplementation(() => undefined);
      renderWithApp(<RunDetails />, {
        client: emulator.client('alice'),
        namespace: NS,
        path: '/runs/:runId',
        url: `/runs/${runId}?node=root%2Fwrite&ntab=visualizations&ns=${NS}`,
      });

      const panel = await screen.findByRole('complementary', { name: 'Step write' });
      expect(
        await within(panel).findByText('The viewer broke.', undefined, { timeout: 10_000 }),
      ).toBeInTheDocument();
      expect(within(panel).getByRole('button', { name: 'Retry' })).toBeInTheDocument();
      // The graph beside it is drawn and still answers.
      const graph = await screen.findByRole('region', { name: 'Run graph' }, { timeout: 10_000 });
      expect(within(graph).getByText('write')).toBeInTheDocument();
      expect(within(panel).getByText('Something went wrong')).toBeInTheDocument();
      // The node panel's other tabs work.
      fireEvent.click(within(panel).getByRole('tab', { name: 'Details' }));
      expect(await within(panel).findByRole('heading', { name: 'Component' })).toBeInTheDocument();
      expect(within(panel).queryByText('The viewer broke.')).not.toBeInTheDocument();
      // And so do the run's own tabs.
      fireEvent.click(screen.getByRole('tab', { name: 'Spec' }));
      expect(screen.getByRole('tab', { name: 'Spec' })).toHaveAttribute('aria-selected', 'true');
      expect(screen.queryByRole('complementary', { name: 'Step write' })).not.toBeInTheDocument();
    },
  );
});
