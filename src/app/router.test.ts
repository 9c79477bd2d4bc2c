import type { RouteObject } from 'react-router';
import { describe, expect, it } from 'vitest';
import { appRoutes, initialLoaderData } from './router.tsx';

function byId(routes: readonly RouteObject[], id: string): RouteObject | undefined {
  for (const route of routes) {
    if (route.id === id) return route;
    const found = byId(route.children ?? [], id);
    if (found) return found;
  }
  return undefined;
}

describe('the first page without loaders before its first render', () => {
  it('gives a list page loader data for the shell and itself (trailing slash too)', () => {
    expect(initialLoaderData('/runs')).toEqual({ root: null, 'runs-list': null });
    expect(initialLoaderData('/pipelines/')).toEqual({ root: null, 'pipelines-list': null });
    expect(initialLoaderData('/experiments')).toEqual({ root: null, 'experiments-list': null });
  });

  it('gives none to other pages and to / (its loader redirects)', () => {
    expect(initialLoaderData('/')).toBeUndefined();
    expect(initialLoaderData('/runs/abc')).toBeUndefined();
    expect(initialLoaderData('/runs/new')).toBeUndefined();
    expect(initialLoaderData('/recurring-runs')).toBeUndefined();
  });

  it('names routes that exist and need no code loaded (a lazy route would wait anyway)', () => {
    const routes = appRoutes();
    for (const id of ['root', 'runs-list', 'pipelines-list', 'experiments-list']) {
      const route = byId(routes, id);
      expect(route?.Component, id).toBeDefined();
      expect(route?.lazy, id).toBeUndefined();
    }
  });
});
