import { readFileSync } from 'node:fs';
import { expect, type Locator, type Page } from '@playwright/test';
import { parseAllDocuments } from 'yaml';
import type { KfpApi } from '../fixtures.ts';
import { RunFormPage } from './run-form-page.ts';
import type { RunPage } from './run-page.ts';
import { isRecord } from './visualizations.ts';

/** Helpers of the tutorial pipeline specs: the compiled files, the run form, graph nodes, screenshots. */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A graph node's button: its accessible name starts with the step's name ("name subtitle…"). */
export function stepButton(graph: Locator | Page, name: string): Locator {
  return graph.getByRole('button', { name: new RegExp(`^${escape(name)}( |$)`) }).first();
}

/** The state holder of the graph node whose name is exactly `name`. */
export function nodeState(run: RunPage, name: string): Locator {
  return run.graph
    .locator('[data-state]')
    .filter({ has: stepButton(run.page, name) })
    .first();
}

/** The node panel's executions (one per loop iteration or recursion level), optionally only those reading `text`. */
export function executionOptions(run: RunPage, text?: string | RegExp): Locator {
  const options = run.panel.getByLabel('Execution').locator('option');
  if (text === undefined) return options;
  return options.filter({ hasText: typeof text === 'string' ? new RegExp(`^${text}$`) : text });
}

/** Selects a node by its name; an open panel is closed first (it covers the right side of the graph). */
export async function openNode(run: RunPage, name: string): Promise<void> {
  const close = run.panel.getByRole('button', { name: 'Close the step panel' });
  if (await close.isVisible()) {
    await close.click();
    await expect(run.panel).toHaveCount(0);
  }
  await stepButton(run.graph, name).click();
  await expect(run.panel.getByRole('heading', { name, exact: true })).toBeVisible();
}

/** Starts a shared tutorial pipeline (newest version) in the Tutorial experiment with typed parameters. */
export async function startFromForm(
  page: Page,
  pipeline: string,
  parameters: Readonly<Record<string, { readonly default: string; readonly value: string }>>,
): Promise<string> {
  const form = new RunFormPage(page);
  await form.open();
  await form.choosePipeline(pipeline);
  await expect(
    page.getByRole('group', { name: 'Version' }).getByRole('button', { name: 'Change version' }),
  ).toBeVisible();
  await form.chooseExperiment('Tutorial');
  for (const [name, { default: defaultValue, value }] of Object.entries(parameters)) {
    await expect(form.parameter(name)).toHaveValue(defaultValue);
    await form.parameter(name).fill(value);
  }
  await form.submitRun.click();
  return form.landedOnRun();
}

const record = (value: unknown): Record<string, unknown> => (isRecord(value) ? value : {});
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** kfp 1.8 (Argo): every container template, named by its task display name where one was set. */
function argoSteps(workflow: Record<string, unknown>): string[] {
  return list(record(workflow.spec).templates)
    .map(record)
    .filter((template) => isRecord(template.container))
    .map((template) => {
      const annotations = record(record(template.metadata).annotations);
      const display = annotations['pipelines.kubeflow.org/task_display_name'];
      return typeof display === 'string' ? display : String(template.name);
    });
}

/** kfp 2 (IR): every task of the root and of each DAG component that runs an executor, by `taskInfo.name`. */
function irSteps(spec: Record<string, unknown>): string[] {
  const components = record(spec.components);
  const dags = [record(spec.root), ...Object.values(components).map(record)]
    .map((component) => record(component.dag))
    .filter((dag) => isRecord(dag.tasks));
  return dags.flatMap((dag) =>
    Object.values(record(dag.tasks))
      .map(record)
      .filter((task) => {
        const ref = record(task.componentRef).name;
        return typeof ref === 'string' && typeof record(components[ref]).executorLabel === 'string';
      })
      .map((task) => String(record(task.taskInfo).name)),
  );
}

/** The steps (container tasks) of a seeded pipeline, read from the file the real compiler made. */
export function compiledSteps(file: string): string[] {
  const text = readFileSync(
    new URL(`../../emulator/seed/pipelines/${file}`, import.meta.url),
    'utf8',
  );
  // kfp 2 appends the platform spec (PVC mounts, GPUs) as a second YAML document.
  const spec = record(parseAllDocuments(text)[0]?.toJS());
  return spec.kind === 'Workflow' ? argoSteps(spec) : irSteps(spec);
}

/** The id of a shared pipeline by its display name. */
export async function pipelineId(api: KfpApi, name: string): Promise<string> {
  const body = record(await api.get('/apis/v2beta1/pipelines?page_size=200'));
  const id = list(body.pipelines)
    .map(record)
    .find((pipeline) => pipeline.display_name === name)?.pipeline_id;
  if (typeof id !== 'string') throw new Error(`no pipeline "${name}"`);
  return id;
}

/** Where review screenshots go (`KFP_E2E_SCREENS`), if anywhere. */
const screensDir = process.env.KFP_E2E_SCREENS;

/**
 * Before a page meant for screenshots loads: a window wide and tall enough for the header, the graph
 * and the step panel (the graph lays itself out for the window it first gets).
 */
export async function screenWindow(page: Page): Promise<void> {
  if (screensDir) await page.setViewportSize({ width: 1600, height: 1100 });
}

/**
 * Screenshots of the page in the light and the dark theme into `$KFP_E2E_SCREENS/<name>-light|dark.png`
 * when that variable is set (review evidence; never into the repository).
 */
export async function screenshots(page: Page, name: string): Promise<void> {
  if (!screensDir) return;
  // From the top: a scrolled page would shift its sticky header.
  await page.evaluate(() => window.scrollTo(0, 0));
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    // Let plotly and the frames repaint in the new theme.
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${screensDir}/${name}-${colorScheme}.png` });
  }
  await page.emulateMedia({ colorScheme: null });
}

/** A finished run of a tutorial pipeline, for the pipeline's own checks. */
export interface TutorialRun {
  readonly page: Page;
  readonly run: RunPage;
  readonly runId: string;
  readonly api: KfpApi;
}

/** One of the tutorial's eight pipelines (four compiled by kfp 1.8, four rewritten for kfp 2). */
export interface TutorialPipeline {
  /** The seeded pipeline's display name. */
  readonly pipeline: string;
  /** Its compiled file in emulator/seed/pipelines. */
  readonly file: string;
  readonly sdk: 'kfp 1.8' | 'kfp 2';
  /** What the test shows (its title). */
  readonly what: string;
  /** Typed into the run form: the default it shows, then the value. */
  readonly parameters: Readonly<
    Record<string, { readonly default: string; readonly value: string }>
  >;
  /** The pipeline's own checks on the finished run (every step's state is checked before). */
  readonly check: (finished: TutorialRun) => Promise<void>;
  /** What the screenshots show beside the graph: a step's panel on one of its tabs. */
  readonly shows: {
    readonly node: string;
    readonly tab: 'Visualizations' | 'Inputs / outputs' | 'Logs';
  };
}
