import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { requireSharedDir } from '../../../../scripts/shared-dir.ts';
import type { PipelineGraph } from './graph-model.ts';
import { volumeFacts } from './node-facts.ts';
import { graphFromYaml } from './spec-to-graph.ts';

function fixture(version: 'v1' | 'v2', file: string): PipelineGraph {
  const result = graphFromYaml(
    readFileSync(join(requireSharedDir(), 'fixtures', 'pipelines', version, file), 'utf8'),
  );
  if (!result.ok) throw new Error(result.error);
  return result.graph;
}

function detailsOf(graph: PipelineGraph, name: string) {
  const node = [...graph.nodes.values()].find((candidate) => candidate.name === name);
  if (!node) throw new Error(`no node ${name}`);
  return node.details;
}

describe('volumeFacts', () => {
  it('v1: claim, mount path and read-only from the template volumes and volumeMounts', () => {
    const details = detailsOf(fixture('v1', 'artifact_passing_using_volume.yaml'), 'processor');
    expect(volumeFacts(details)).toEqual([
      {
        volume: 'data-storage',
        claim: 'data-volume',
        mountPath: '/tmp/inputs/Input_artifact',
        readOnly: true,
        seenIn: 'spec',
      },
      {
        volume: 'data-storage',
        claim: 'data-volume',
        mountPath: '/tmp/outputs/Output_1',
        readOnly: false,
        seenIn: 'spec',
      },
      {
        volume: 'data-storage',
        claim: 'data-volume',
        mountPath: '/tmp/outputs/Output_2',
        readOnly: false,
        seenIn: 'spec',
      },
    ]);
  });

  it('v2: a pvcMount of the platform spec, read-write (as the driver mounts it)', () => {
    const details = detailsOf(fixture('v2', 'pvc_mount.yaml'), 'consumer');
    expect(volumeFacts(details)).toEqual([
      {
        volume: 'input pvc_name',
        claim: 'input pvc_name',
        mountPath: '/data',
        readOnly: false,
        seenIn: 'spec',
      },
    ]);
  });

  it("takes the pod's resolved claim and read-only flag at the same path, then the pod's other mounts", () => {
    const details = detailsOf(fixture('v2', 'pvc_mount.yaml'), 'consumer');
    expect(
      volumeFacts(details, [
        {
          name: 'my-claim',
          claimName: 'my-claim',
          source: 'PersistentVolumeClaim',
          mountPath: '/data',
          readOnly: true,
        },
        { name: 'cache', source: 'emptyDir', mountPath: '/cache', readOnly: false },
      ]),
    ).toEqual([
      {
        volume: 'input pvc_name',
        claim: 'my-claim',
        mountPath: '/data',
        readOnly: true,
        seenIn: 'spec and pod',
      },
      { volume: 'cache', claim: 'emptyDir', mountPath: '/cache', readOnly: false, seenIn: 'pod' },
    ]);
  });
});
