import { describe, expect, it } from 'vitest';
import { requireSharedDir } from '../../scripts/shared-dir.ts';
import type { RunEngine, RunStart } from '../store/run-engine.ts';
import { asString, stringField } from './json.ts';
import {
  argoNodes,
  fixture,
  list,
  makeRun,
  runToEnd,
  scriptedBehaviour,
  simSetup,
  tasksNamed,
} from '../testing/sim-test-kit.ts';

const shared = requireSharedDir();

/** What the API store does: record the event in the RunStart, then tell the engine. */
function record(
  engine: RunEngine,
  run: RunStart,
  kind: 'terminate' | 'retry',
  at: string,
): RunStart {
  const event = { kind, at };
  engine.apply(run.runId, event);
  return { ...run, events: [...run.events, event] };
}

describe('run events', () => {
  // resource_manager.go ReportWorkflowResource: CANCELING while the workflow terminates, then its
  // final phase (Argo fails a workflow whose activeDeadlineSeconds is 0): FAILED, never CANCELED.
  it('terminate cancels what runs, starts nothing new and ends CANCELING → FAILED', () => {
    const { engine, clock } = simSetup();
    const run = makeRun(fixture(shared, 'v2', 'two_step_pipeline.yaml'));
    engine.start(run);
    let runtime = engine.runtime('run-1');
    while (runtime && !runtime.tasks.some((t) => t.type === 'RUNTIME' && t.state === 'RUNNING')) {
      clock.advance(1000);
      runtime = engine.runtime('run-1');
    }
    const before = runtime?.tasks.map((t) => t.name) ?? [];
    record(engine, run, 'terminate', clock.iso());
    expect(engine.runtime('run-1')?.state).toBe('CANCELING');
    const final = runToEnd(engine, clock, 'run-1', 500);
    expect(final.state).toBe('FAILED');
    expect(final.stateHistory.map((s) => s.state)).toEqual([
      'PENDING',
      'RUNNING',
      'CANCELING',
      'FAILED',
    ]);
    expect(final.finishedAt).toBeDefined();
    expect(final.tasks.map((t) => t.name)).toEqual(before);
    const canceled = final.tasks.find((t) => t.type === 'RUNTIME');
    expect(canceled?.state).toBe('FAILED');
    expect(stringField(canceled?.status_metadata, 'message')).toContain('terminated');
    // Argo fails what a terminate stops; a released KFP reports those nodes as FAILED.
    const stopped = argoNodes(final).filter(
      (n) => asString(n.message) === "Stopped with strategy 'Terminate'",
    );
    expect(stopped.length).toBeGreaterThan(0);
    for (const node of stopped) expect(asString(node.phase)).toBe('Failed');
    const names = new Set(stopped.map((n) => asString(n.displayName)));
    expect(final.taskDetails.filter((d) => names.has(asString(d.display_name) ?? ''))).toEqual(
      expect.arrayContaining([expect.objectContaining({ state: 'FAILED' })]),
    );
    clock.advance(3_600_000);
    expect(engine.runtime('run-1')).toEqual(final);
  });

  it('retry reruns only what did not succeed and the run goes back to RUNNING', () => {
    const { engine, clock } = simSetup();
    const spec = fixture(shared, 'v2', 'two_step_pipeline.yaml');
    const [first, second] = ['write-to-gcs', 'read-from-gcs'];
    let run = makeRun(spec, { parameters: { fail_task: second } });
    engine.start(run);
    const failed = runToEnd(engine, clock, 'run-1');
    expect(failed.state).toBe('FAILED');
    const kept = tasksNamed(failed, first)[0];
    clock.advance(10_000);
    run = record(engine, run, 'retry', clock.iso());
    expect(engine.runtime('run-1')?.state).toBe('RUNNING');
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('SUCCEEDED');
    expect(final.stateHistory.map((s) => s.state)).toEqual([
      'PENDING',
      'RUNNING',
      'FAILED',
      'RUNNING',
      'SUCCEEDED',
    ]);
    expect(tasksNamed(final, first)[0]).toEqual(kept);
    const retried = tasksNamed(final, second)[0];
    expect(list(retried?.state_history).map((s) => stringField(s, 'state'))).toEqual([
      'RUNNING',
      'FAILED',
      'RUNNING',
      'SUCCEEDED',
    ]);
    // a restarted emulator recomputes the same run from its RunStart
    const restarted = simSetup();
    restarted.clock.advance(Date.parse(clock.iso()) - Date.parse(restarted.clock.iso()));
    restarted.engine.start(run);
    expect(restarted.engine.runtime('run-1')).toEqual(final);
  });

  it('retry of a v1 run reruns the failed pods and the exit handler', () => {
    const { engine, clock } = simSetup();
    let run = makeRun(fixture(shared, 'v1', 'basic.yaml'), {
      parameters: { message: 'x y', outputpath: 'gs://o', fail_task: 'save' },
    });
    engine.start(run);
    expect(runToEnd(engine, clock, 'run-1').state).toBe('FAILED');
    clock.advance(5_000);
    run = record(engine, run, 'retry', clock.iso());
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('SUCCEEDED');
    const nodes = argoNodes(final);
    const exit = nodes.find((n) => asString(n.displayName)?.endsWith('.onExit'));
    expect(Date.parse(asString(exit?.startedAt) ?? '')).toBeGreaterThan(
      Date.parse(run.events[0]?.at ?? ''),
    );
    expect(nodes.filter((n) => n.phase !== 'Succeeded')).toEqual([]);
  });

  it('is deterministic for a seed and differs across seeds', () => {
    const spec = fixture(shared, 'v2', 'critical_flip_coin.yaml');
    const a = simSetup({ seed: 7 });
    const b = simSetup({ seed: 7 });
    const c = simSetup({ seed: 8 });
    for (const s of [a, b, c]) s.engine.start(makeRun(spec));
    for (let i = 0; i < 40; i++) {
      expect(b.engine.runtime('run-1')).toEqual(a.engine.runtime('run-1'));
      a.clock.advance(3_000);
      b.clock.advance(3_000);
    }
    c.clock.advance(120_000);
    expect(JSON.stringify(c.engine.runtime('run-1'))).not.toEqual(
      JSON.stringify(a.engine.runtime('run-1')),
    );
  });

  it('grows logs while pods run and removes them after the run with vanish_pods', () => {
    const lines = Array.from({ length: 20 }, (_, i) => `line ${i}`);
    const { engine, clock, logs } = simSetup({
      behaviour: scriptedBehaviour(() => ({ log: lines, durationMs: 40_000 })),
    });
    engine.start(
      makeRun(fixture(shared, 'v1', 'opsgroups.yaml'), { parameters: { vanish_pods: true } }),
    );
    let pod = '';
    let partial = 0;
    for (let i = 0; i < 200 && partial === 0; i++) {
      clock.advance(1000);
      const runtime = engine.runtime('run-1');
      const running = runtime
        ? argoNodes(runtime).find((n) => n.type === 'Pod' && n.phase === 'Running')
        : undefined;
      if (!running) continue;
      // pod name = <workflow>-<template>-<hash>, node id = <workflow>-<hash>
      const id = stringField(running, 'id') ?? '';
      const cut = id.lastIndexOf('-');
      pod = `${id.slice(0, cut)}-${stringField(running, 'templateName') ?? ''}${id.slice(cut)}`;
      partial = logs.get(pod)?.lines.length ?? 0;
    }
    expect(partial).toBeGreaterThan(0);
    expect(partial).toBeLessThan(20);
    clock.advance(45_000);
    engine.runtime('run-1');
    expect(logs.get(pod)?.lines).toEqual(lines);
    const final = runToEnd(engine, clock, 'run-1');
    expect(final.state).toBe('SUCCEEDED');
    expect(logs.get(pod)).toBeUndefined();
  });

  it('forgets runs and ignores unknown ones', () => {
    const { engine } = simSetup();
    engine.start(makeRun(fixture(shared, 'v1', 'opsgroups.yaml')));
    expect(engine.runtime('run-1')).toBeDefined();
    engine.forget('run-1');
    expect(engine.runtime('run-1')).toBeUndefined();
  });
});
