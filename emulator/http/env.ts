import type { Context } from 'hono';
import type { Caller } from '../auth/types.ts';
import type { RunRecord } from '../store/records.ts';
import type { RunEngine } from '../store/run-engine.ts';
import type { RunMetric } from './run-metrics.ts';
import type { Store } from '../store/store.ts';

/** Hono environment of every route: the authenticated caller (null in `--auth none` mode). */
export interface AppEnv {
  Variables: { caller: Caller | null };
}

export type AppContext = Context<AppEnv>;

/**
 * Two generations of KFP answer GetRun differently, and one body cannot satisfy both swaggers:
 * `released` — KFP 2.17/2.18 (kfp-api/v2beta1): `run_details.task_details[]` built from the Argo
 *   workflow's nodes; `view` is an unknown query parameter (ignored), `/runs/{id}/tasks` is 404;
 * `next` — KFP master after PR #13986 (kfp-api/v2beta1-tasks): `?view=FULL` adds `tasks[]`,
 *   `/runs/{id}/tasks`, no task details.
 */
export type RunApi = 'released' | 'next';

/** What the resource routes share. */
export interface RouteDeps {
  readonly store: Store;
  readonly engine: RunEngine;
  /** Multi-user mode (KFP `MULTIUSER=true`): namespaces are required and checked. */
  readonly multiUser: boolean;
  /** The clock used for creation times (the seed may pass a simulated one). */
  readonly now: () => Date;
  /** Which run-time detail the server answers (see RunApi). */
  readonly runApi: RunApi;
  /**
   * KFP's PIPELINE_URL_VALIDATION_ENABLED (default on): pipeline URLs must be https from the
   * allow-listed hosts. Off, any http(s) URL is fetched (component tests serve files locally).
   */
  readonly pipelineUrlValidation: boolean;
  /** The v1 metrics the persistence agent reported for a run (store/run-metrics.ts). */
  readonly runMetrics: (run: RunRecord) => readonly RunMetric[];
}

export function callerOf(c: AppContext): Caller | null {
  return c.get('caller');
}
