import type { Context } from 'hono';
import type { Caller } from '../auth/types.ts';
import type { RunEngine } from '../store/run-engine.ts';
import type { Store } from '../store/store.ts';

/** Hono environment of every route: the authenticated caller (null in `--auth none` mode). */
export interface AppEnv {
  Variables: { caller: Caller | null };
}

export type AppContext = Context<AppEnv>;

/** What the resource routes share. */
export interface RouteDeps {
  readonly store: Store;
  readonly engine: RunEngine;
  /** Multi-user mode (KFP `MULTIUSER=true`): namespaces are required and checked. */
  readonly multiUser: boolean;
  /** The clock used for creation times (the seed may pass a simulated one). */
  readonly now: () => Date;
}

export function callerOf(c: AppContext): Caller | null {
  return c.get('caller');
}
