import { screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderWithApp } from '@/testing/render.tsx';
import { NO_FIND } from '../model/find.ts';
import { mockLayout } from '../testing/happy-dom-layout.ts';
import { inProcessClient } from '../testing/in-process-client.ts';
import {
  finishedV1Task,
  finishedV2Task,
  type FinishedTask,
} from '../testing/vanished-runs.test-kit.ts';
import { PodLogViewer } from './pod-log-viewer.tsx';

let restoreLayout: () => void = () => undefined;
beforeAll(() => {
  restoreLayout = mockLayout();
});
afterAll(() => {
  restoreLayout();
});

function renderLog(task: FinishedTask, v1: boolean) {
  const { client } = inProcessClient(task.h.app, 'alice');
  renderWithApp(
    <PodLogViewer
      podName={task.podName}
      namespace="kubeflow-alice"
      runId={task.runId}
      createdAt={task.createdAt}
      archiveNodeId={v1 ? task.nodeId : undefined}
      running={false}
      selectedLine={undefined}
      onSelectLine={() => undefined}
      find={NO_FIND}
      onFindChange={() => undefined}
      lineHref={(line) => `/runs/${task.runId}?line=${String(line)}`}
    />,
    { client },
  );
}

describe('PodLogViewer once the pod is gone (against the emulator)', () => {
  it('v2: shows the log the UI server read from the archive, and says it is the archived copy', async () => {
    const task = await finishedV2Task(true);
    renderLog(task, false);
    expect(await screen.findByRole('region', { name: `Log of ${task.podName}` })).toBeVisible();
    const note = await screen.findByRole('note', { name: 'Archived log' });
    expect(note).toHaveTextContent(
      `Archived copy. Kubernetes no longer has the pod ${task.podName}, so the UI server read this log from the archive`,
    );
  });

  it('v2: a pod Kubernetes still has is the live log, with no archived notice', async () => {
    const task = await finishedV2Task(false);
    renderLog(task, false);
    expect(await screen.findByRole('region', { name: `Log of ${task.podName}` })).toBeVisible();
    expect(screen.queryByRole('note', { name: 'Archived log' })).toBeNull();
  });

  it("v1: the UI server has nothing, so the run's main-logs artifact is read and marked archived", async () => {
    const task = await finishedV1Task(true);
    renderLog(task, true);
    const note = await screen.findByRole('note', { name: 'Archived log' });
    expect(note).toHaveTextContent(`The pod ${task.podName} is gone`);
    expect(note).toHaveTextContent("this is the run's main-logs artifact");
    expect(screen.getByRole('region', { name: `Log of ${task.podName}` })).toBeVisible();
    expect(screen.queryByText('Log not available')).toBeNull();
  });

  it('v1 without the artifact to read: says the log is not available', async () => {
    const task = await finishedV1Task(true);
    renderLog(task, false);
    expect(await screen.findByText('Log not available')).toBeInTheDocument();
    expect(screen.queryByRole('note', { name: 'Archived log' })).toBeNull();
  });
});
