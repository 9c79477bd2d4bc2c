import { describe, expect, it } from 'vitest';
import { planPipelineDelete, type VersionCount } from './pipeline-delete.ts';

const a = { id: 'a', name: 'Alpha' };
const b = { id: 'b', name: 'Beta' };
const c = { id: 'c', name: 'Gamma' };

function counts(entries: [string, VersionCount][]): ReadonlyMap<string, VersionCount> {
  return new Map(entries);
}

describe('planPipelineDelete', () => {
  it('waits while any version check runs', () => {
    const plan = planPipelineDelete(
      [a, b],
      counts([['a', { status: 'known', count: 0 }]]),
      undefined,
    );
    expect(plan.blockedBy).toBe('Checking which pipelines have versions…');
  });

  it('asks nothing when no selected pipeline has versions', () => {
    const plan = planPipelineDelete(
      [a, b],
      counts([
        ['a', { status: 'known', count: 0 }],
        ['b', { status: 'known', count: 0 }],
      ]),
      undefined,
    );
    expect(plan).toMatchObject({ cascade: false, blockedBy: undefined, withVersions: [] });
    expect(plan.items.map((i) => i.label)).toEqual(['Alpha', 'Beta']);
  });

  const mixed = counts([
    ['a', { status: 'known', count: 3 }],
    ['b', { status: 'known', count: 0 }],
    ['c', { status: 'unknown', message: 'forbidden' }],
  ]);

  it('needs an answer when some have versions, and counts them (an unknown count may have some)', () => {
    const plan = planPipelineDelete([a, b, c], mixed, undefined);
    expect(plan.blockedBy).toBe('Choose what happens to their versions.');
    expect(plan.withVersions.map((p) => p.id)).toEqual(['a', 'c']);
    expect(plan.versionTotal).toBe(3);
    expect(plan.items.map((i) => i.label)).toEqual([
      'Alpha (3 versions)',
      'Beta',
      'Gamma (its versions could not be counted)',
    ]);
  });

  it('cascade deletes every selected pipeline with its versions', () => {
    const plan = planPipelineDelete([a, b, c], mixed, 'cascade');
    expect(plan).toMatchObject({ cascade: true, blockedBy: undefined });
    expect(plan.items.map((i) => i.id)).toEqual(['a', 'b', 'c']);
  });

  it('keep deletes only the pipelines without versions, without cascade', () => {
    const plan = planPipelineDelete([a, b, c], mixed, 'keep');
    expect(plan).toMatchObject({ cascade: false, blockedBy: undefined });
    expect(plan.items.map((i) => i.id)).toEqual(['b']);
  });

  it('keep with only pipelines that have versions leaves nothing to do', () => {
    const plan = planPipelineDelete([a], mixed, 'keep');
    expect(plan.items).toEqual([]);
    expect(plan.blockedBy).toBe('Every selected pipeline has versions: nothing else to delete.');
  });
});
