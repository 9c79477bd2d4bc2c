import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { uploadPipeline, uploadPipelineVersion } from '@/lib/kfp/pipelines.ts';
import { renderWithApp } from '@/testing/render.tsx';
import { createTestEmulator } from '@/testing/test-emulator.ts';
import { addPipelineYaml } from '../../../../emulator/testing/test-pipelines.ts';
import { pipelineLinks } from './pipeline-links.tsx';

const NS = 'kubeflow-alice';

function Header(props: { pipelineId: string; versionId: string | undefined }) {
  return (
    <dl>
      {pipelineLinks(props.pipelineId, props.versionId, NS).map((link) => (
        <div key={link.label}>
          <dt>{link.label}</dt>
          <dd>{link.content}</dd>
        </div>
      ))}
    </dl>
  );
}

describe('the run header names its pipeline and version', () => {
  it('links both by name, the version to the pipeline page showing it', async () => {
    const emulator = await createTestEmulator();
    const client = emulator.client('alice');
    const pipeline = await uploadPipeline(client, {
      file: new File([addPipelineYaml], 'adder.yaml'),
      displayName: 'Adder',
      namespace: NS,
    });
    const version = await uploadPipelineVersion(client, {
      file: new File([addPipelineYaml], 'adder.yaml'),
      pipelineId: pipeline.pipeline_id,
      displayName: 'Adder v2',
    });
    renderWithApp(
      <Header pipelineId={pipeline.pipeline_id} versionId={version.pipeline_version_id} />,
      {
        client,
        namespace: NS,
      },
    );
    expect(await screen.findByRole('link', { name: 'Adder' })).toHaveAttribute(
      'href',
      `/pipelines/${pipeline.pipeline_id}?ns=${NS}`,
    );
    expect(await screen.findByRole('link', { name: 'Adder v2' })).toHaveAttribute(
      'href',
      `/pipelines/${pipeline.pipeline_id}?version=${version.pipeline_version_id}&ns=${NS}`,
    );
  });

  it('says "latest" for a run of a pipeline without a version', async () => {
    const emulator = await createTestEmulator();
    const client = emulator.client('alice');
    const pipeline = await uploadPipeline(client, {
      file: new File([addPipelineYaml], 'adder.yaml'),
      displayName: 'Adder',
      namespace: NS,
    });
    renderWithApp(<Header pipelineId={pipeline.pipeline_id} versionId={undefined} />, {
      client,
      namespace: NS,
    });
    expect(await screen.findByRole('link', { name: 'Adder' })).toBeInTheDocument();
    expect(screen.getByText('latest')).toBeInTheDocument();
    expect(screen.getAllByRole('link')).toHaveLength(1);
  });
});
