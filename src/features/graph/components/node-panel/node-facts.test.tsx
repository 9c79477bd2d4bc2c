import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { emptyDetails } from '../../model/graph-builder.ts';
import type { FactsNode } from '../../model/node-facts.ts';
import { NodeFacts } from './node-facts.tsx';
import { NodePanel } from './node-panel.tsx';

const node: FactsNode = {
  id: 'root/viz',
  name: 'viz',
  kind: 'task',
  details: {
    ...emptyDetails('viz'),
    image: 'python:3.11',
    resources: { accelerator: { type: 'nvidia.com/gpu', count: '1' } },
    volumes: [
      {
        name: 'pipeline-volume',
        mountPath: '/usr/share/pipeline-volume',
        source: 'pvc {{inputs.parameters.claim}}',
      },
      { name: 'config', mountPath: '/etc/config', source: 'configMap settings', readOnly: true },
    ],
  },
};

/** The volume table's rows as cell texts, header first. */
function volumeRows() {
  const table = within(screen.getByRole('region', { name: 'Volumes' })).getByRole('table', {
    name: 'Volumes of the step',
  });
  return within(table)
    .getAllByRole('row')
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent));
}

describe('a node’s facts', () => {
  it('the pipeline page: volumes from the spec with claim, mount path and read-only', () => {
    render(<NodePanel node={node} onClose={() => undefined} />);
    expect(volumeRows()).toEqual([
      ['Volume', 'Claim', 'Mount path', 'Read only'],
      ['pipeline-volume', '{{inputs.parameters.claim}}', '/usr/share/pipeline-volume', 'no'],
      ['config', 'configMap settings', '/etc/config', 'yes'],
    ]);
    expect(screen.getByText('1 × nvidia.com/gpu')).toBeInTheDocument();
  });

  it('the run page: the pod’s resolved claim and its other mounts beside the spec’s', () => {
    render(
      <NodeFacts
        node={node}
        podVolumes={{
          status: 'ready',
          volumes: [
            {
              name: 'pipeline-volume',
              claimName: 'example-pipeline-volume',
              source: 'PersistentVolumeClaim',
              mountPath: '/usr/share/pipeline-volume',
              readOnly: false,
            },
            { name: 'scratch', source: 'emptyDir', mountPath: '/scratch', readOnly: false },
          ],
        }}
      />,
    );
    expect(volumeRows()).toEqual([
      ['Volume', 'Claim', 'Mount path', 'Read only', 'Seen in'],
      [
        'pipeline-volume',
        'example-pipeline-volume',
        '/usr/share/pipeline-volume',
        'no',
        'spec and pod',
      ],
      ['config', 'configMap settings', '/etc/config', 'yes', 'spec'],
      ['scratch', 'emptyDir', '/scratch', 'no', 'pod'],
    ]);
  });

  it('says when the pod could not be read, and still shows the spec’s volumes', () => {
    render(
      <NodeFacts node={node} podVolumes={{ status: 'unavailable', message: 'The pod is gone.' }} />,
    );
    expect(volumeRows()).toHaveLength(3);
    expect(screen.getByText('From the spec only: The pod is gone.')).toBeInTheDocument();
  });

  it('draws no volume section for a node without volumes', () => {
    render(<NodeFacts node={{ ...node, details: emptyDetails('plain') }} />);
    expect(screen.queryByRole('region', { name: 'Volumes' })).not.toBeInTheDocument();
  });
});
