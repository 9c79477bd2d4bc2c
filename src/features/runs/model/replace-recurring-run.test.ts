import { describe, expect, it } from 'vitest';
import type { CreateRecurringRunBody } from '@/lib/kfp/recurring-runs.ts';
import { replaceRecurringRun, type ReplaceOps } from './replace-recurring-run.ts';

const body: CreateRecurringRunBody = {
  display_name: 'nightly',
  pipeline_version_reference: { pipeline_id: 'p' },
  max_concurrency: '1',
  mode: 'ENABLE',
  trigger: { cron_schedule: { cron: '0 0 0 * * *' } },
};

/** A fake server that records calls and checks, after each one, that at most one copy is enabled. */
function fakeServer(options: {
  readonly oldEnabled?: boolean;
  readonly fail?: Partial<Record<'get' | 'disable' | 'enable' | 'create' | 'delete', boolean>>;
}) {
  const enabled = new Map([['old', options.oldEnabled ?? true]]);
  const calls: string[] = [];
  let maxEnabled = 0;
  const check = () => {
    maxEnabled = Math.max(maxEnabled, [...enabled.values()].filter(Boolean).length);
  };
  const fail = (op: keyof NonNullable<typeof options.fail>) => {
    if (options.fail?.[op]) throw new Error(`${op} failed`);
  };
  const ops: ReplaceOps = {
    isEnabled: (id) => {
      calls.push(`get ${id}`);
      fail('get');
      return Promise.resolve(enabled.get(id) === true);
    },
    setEnabled: (id, on) => {
      calls.push(`${on ? 'enable' : 'disable'} ${id}`);
      fail(on ? 'enable' : 'disable');
      enabled.set(id, on);
      check();
      return Promise.resolve();
    },
    create: (created) => {
      calls.push(`create ${created.mode}`);
      fail('create');
      enabled.set('new', created.mode === 'ENABLE');
      check();
      return Promise.resolve('new');
    },
    remove: (id) => {
      calls.push(`delete ${id}`);
      fail('delete');
      enabled.delete(id);
      return Promise.resolve();
    },
  };
  return { ops, calls, enabled, maxEnabled: () => maxEnabled };
}

describe('replaceRecurringRun', () => {
  it('disables the old one before creating the new one, enabled', async () => {
    const server = fakeServer({});
    const outcome = await replaceRecurringRun(server.ops, { oldId: 'old', body, old: 'disable' });
    expect(outcome).toEqual({ ok: true, newId: 'new' });
    expect(server.calls).toEqual(['get old', 'disable old', 'create ENABLE']);
    expect(server.maxEnabled()).toBe(1);
    expect(Object.fromEntries(server.enabled)).toEqual({ old: false, new: true });
  });

  it('deletes the old one after the new one exists, when asked', async () => {
    const server = fakeServer({});
    await replaceRecurringRun(server.ops, { oldId: 'old', body, old: 'delete' });
    expect(server.calls).toEqual(['get old', 'disable old', 'create ENABLE', 'delete old']);
    expect(Object.fromEntries(server.enabled)).toEqual({ new: true });
    expect(server.maxEnabled()).toBe(1);
  });

  it('enables the old one again when creating the new one fails', async () => {
    const server = fakeServer({ fail: { create: true } });
    const outcome = await replaceRecurringRun(server.ops, { oldId: 'old', body, old: 'delete' });
    expect(outcome).toMatchObject({ ok: false, oldState: 'enabled-again' });
    expect(server.calls).toEqual(['get old', 'disable old', 'create ENABLE', 'enable old']);
    expect(Object.fromEntries(server.enabled)).toEqual({ old: true });
  });

  it('says so when the old one cannot be enabled again', async () => {
    const server = fakeServer({ fail: { create: true, enable: true } });
    const outcome = await replaceRecurringRun(server.ops, { oldId: 'old', body, old: 'disable' });
    expect(outcome).toMatchObject({
      ok: false,
      oldState: 'left-disabled',
      restoreError: new Error('enable failed'),
    });
  });

  it('creates nothing when the old one cannot be read or disabled', async () => {
    for (const fail of [{ get: true }, { disable: true }]) {
      const server = fakeServer({ fail });
      const outcome = await replaceRecurringRun(server.ops, { oldId: 'old', body, old: 'disable' });
      expect(outcome).toMatchObject({ ok: false, oldState: 'unchanged' });
      expect(server.calls.some((call) => call.startsWith('create'))).toBe(false);
    }
  });

  it('a disabled one is replaced by a disabled one, and left alone if creation fails', async () => {
    const server = fakeServer({ oldEnabled: false });
    await replaceRecurringRun(server.ops, { oldId: 'old', body, old: 'disable' });
    expect(server.calls).toEqual(['get old', 'create DISABLE']);
    const failing = fakeServer({ oldEnabled: false, fail: { create: true } });
    expect(
      await replaceRecurringRun(failing.ops, { oldId: 'old', body, old: 'disable' }),
    ).toMatchObject({ ok: false, oldState: 'unchanged' });
    expect(failing.calls).toEqual(['get old', 'create DISABLE']);
  });

  it('reports a failed delete with the new one in place and the old one disabled', async () => {
    const server = fakeServer({ fail: { delete: true } });
    const outcome = await replaceRecurringRun(server.ops, { oldId: 'old', body, old: 'delete' });
    expect(outcome).toEqual({ ok: true, newId: 'new', deleteError: new Error('delete failed') });
    expect(Object.fromEntries(server.enabled)).toEqual({ old: false, new: true });
  });
});
