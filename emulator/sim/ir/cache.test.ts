import { describe, expect, it } from 'vitest';
import {
  fingerprintOf,
  hitsFromJson,
  hitsToJson,
  lookupEntry,
  recordedLookup,
  type CacheEntry,
  type CacheHit,
  type CacheKeyParts,
} from './cache.ts';
import type { ArtifactRef } from './types.ts';
import { parseJson } from '../json.ts';

const dataset: ArtifactRef = {
  id: 'a1',
  numericId: '100000001',
  name: 'dataset',
  schemaTitle: 'system.Dataset',
  uri: 'minio://mlpipeline/v2/artifacts/p/run-1/load/dataset',
  metadata: { rows: 150 },
  createdAt: 4_000,
};

const base: CacheKeyParts = {
  inputParameters: { a: 7, b: 8 },
  inputArtifacts: { dataset: [dataset] },
  outputArtifacts: { model: 'system.Model' },
  outputParameters: { Output: 'NUMBER_DOUBLE' },
  cmdArgs: ['sh', '-c', 'python main.py'],
  image: 'python:3.10',
  pvcNames: ['data', 'cache'],
};

describe('the cache fingerprint (KFP driver getFingerPrint / cacheutils GenerateCacheKey)', () => {
  it('is a sha256 that does not depend on key order or duplicate PVC names', () => {
    const fp = fingerprintOf(base);
    expect(fp).toMatch(/^[0-9a-f]{64}$/);
    expect(
      fingerprintOf({
        ...base,
        inputParameters: { b: 8, a: 7 },
        pvcNames: ['cache', 'data', 'cache'],
      }),
    ).toBe(fp);
  });

  it('changes with every part of the cache key', () => {
    const fp = fingerprintOf(base);
    const changed: CacheKeyParts[] = [
      { ...base, inputParameters: { a: 7, b: 9 } },
      { ...base, inputArtifacts: { dataset: [{ ...dataset, id: 'a2' }] } },
      { ...base, outputArtifacts: { model: 'system.Artifact' } },
      { ...base, outputParameters: { Output: 'STRING' } },
      { ...base, cmdArgs: ['sh', '-c', 'python other.py'] },
      { ...base, image: 'python:3.11' },
      { ...base, pvcNames: ['data'] },
    ];
    for (const parts of changed) expect(fingerprintOf(parts)).not.toBe(fp);
  });

  it('names input artifacts by their identity, not their URI: a reused artifact keeps it', () => {
    const moved = { ...dataset, uri: 'minio://elsewhere/x' };
    expect(fingerprintOf({ ...base, inputArtifacts: { dataset: [moved] } })).toBe(
      fingerprintOf(base),
    );
  });
});

const entry = (runId: string, endMs: number, fingerprint = 'f1'): CacheEntry => ({
  fingerprint,
  runId,
  taskId: `${runId}-task`,
  endMs,
  createdAtMs: 1_000,
  outputs: { params: { Output: 56 }, artifacts: { model: [dataset] } },
});

describe('the cache lookup (the newest entry with the fingerprint, as ListTasksV1 created_at desc)', () => {
  it('takes the newest entry that finished by the decision time', () => {
    const entries = [entry('old', 2_000), entry('new', 5_000), entry('late', 9_000)];
    expect(lookupEntry(entries, 'f1', 6_000, 6_000)?.sourceRunId).toBe('new');
    expect(lookupEntry(entries, 'f1', 1_500, 1_500)).toBeUndefined();
    expect(lookupEntry(entries, 'other', 10_000, 10_000)).toBeUndefined();
  });

  it('rebases reused artifacts on the run that reuses them (same absolute time)', () => {
    const hit = lookupEntry([entry('src', 5_000)], 'f1', 8_000, 8_000);
    // Created 4,000 ms after its run's creation at 1,000: 5,000 absolute, -3,000 from 8,000.
    expect(hit?.outputs.artifacts.model?.[0]?.createdAt).toBe(-3_000);
    expect(hit?.outputs.params).toEqual({ Output: 56 });
  });
});

describe('hits in the run record', () => {
  const hit: CacheHit = {
    fingerprint: 'f1',
    sourceRunId: 'run-1',
    sourceTaskId: 'task-1',
    outputs: { params: { Output: 56, equation: '7 * 8' }, artifacts: { model: [dataset] } },
  };

  it('round-trip through JSON', () => {
    const json = hitsToJson(new Map([['root/multiply', hit]]));
    expect(hitsFromJson(parseJson(JSON.stringify(json)))).toEqual(
      new Map([['root/multiply', hit]]),
    );
    expect(hitsToJson(new Map())).toBeUndefined();
  });

  it('drop malformed entries and apply only to the same fingerprint', () => {
    const json = hitsToJson(new Map([['root/multiply', hit]])) ?? {};
    const hits = hitsFromJson({ 'root/x': { fingerprint: 'f' }, ...json });
    expect([...hits.keys()]).toEqual(['root/multiply']);
    const lookup = recordedLookup(hits);
    expect(lookup('root/multiply', 'f1')?.sourceTaskId).toBe('task-1');
    expect(lookup('root/multiply', 'f2')).toBeUndefined();
    expect(lookup('root/other', 'f1')).toBeUndefined();
  });
});
