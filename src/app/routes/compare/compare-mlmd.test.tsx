import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithApp } from '@/testing/render.tsx';
import { createMlmdTestEmulator, finishedRun } from '@/testing/mlmd-emulator.ts';
import { reportPipelineYaml } from '../../../../emulator/testing/emulator-test-kit.ts';
import { Component } from '../compare.tsx';

const NS = 'kubeflow-alice';

describe('compare on a released KFP whose ML Metadata fails', () => {
  it(
    'says ML Metadata failed, not that the server lists no task outputs',
    { timeout: 30_000 },
    async () => {
      // Task details (released KFP) but no ML Metadata behind the gateway.
      const emulator = await createMlmdTestEmulator({ runApi: 'released', mlmd: false });
      const runIds = [
        await finishedRun(emulator, reportPipelineYaml),
        await finishedRun(emulator, reportPipelineYaml),
      ];
      renderWithApp(<Component />, {
        client: emulator.client('alice'),
        namespace: NS,
        path: '/compare',
        url: `/compare?runs=${runIds.join(',')}&ns=${NS}`,
      });
      const [metrics] = await screen.findAllByText(/Could not read the metrics of/);
      expect(metrics).toHaveTextContent(/ML Metadata could not be read: .*ml_metadata/);
      expect(metrics).not.toHaveTextContent('does not list task outputs');
    },
  );
});
