import { checkNamespace, type Verb } from '../http/access.ts';
import type { AppContext, RouteDeps } from '../http/env.ts';
import { recurringRunListSpec } from '../http/list-specs.ts';
import { listRequest } from '../http/request.ts';
import { listPage, type ListPage } from '../lists/list-page.ts';
import type { FilterDialect } from '../lists/types.ts';
import type { RecurringRunRecord } from '../store/records.ts';
import {
  checkNewRecurringRun,
  createRecurringRun,
  deleteRecurringRun,
  getRecurringRun,
  setRecurringRunEnabled,
  type NewRecurringRun,
} from '../store/recurring-run-ops.ts';
import type { ResolvedSource } from '../store/source-ops.ts';

/**
 * RecurringRunService's logic, written once for v1beta1 Jobs and v2beta1 RecurringRuns: the route
 * files only read their version's request shape and write its wire shape.
 */
export function recurringRunCore(deps: RouteDeps) {
  const { store } = deps;

  /** The recurring run `id`, which the caller may `verb` in its namespace. */
  const jobFor = (c: AppContext, id: string, verb: Verb): RecurringRunRecord => {
    const job = getRecurringRun(store, id);
    checkNamespace(c, job.namespace, verb, 'recurringruns');
    return job;
  };

  return {
    jobFor,

    /** One page of the recurring runs `inScope` lets through. */
    list(
      c: AppContext,
      inScope: (job: RecurringRunRecord) => boolean,
      dialect?: FilterDialect,
    ): ListPage<RecurringRunRecord> {
      const jobs = [...store.recurringRuns.values()].filter(inScope);
      return listPage(jobs, listRequest(c), recurringRunListSpec, dialect);
    },

    /** Checks and stores a new recurring run (and its inline spec), in the experiment `commit` makes. */
    create(
      input: Omit<NewRecurringRun, 'experimentId'>,
      resolved: ResolvedSource,
      commitExperiment: () => { readonly id: string },
    ): RecurringRunRecord {
      checkNewRecurringRun(input);
      return store.batch(() => {
        if (resolved.source.kind === 'spec') store.putSpec(resolved.spec);
        return createRecurringRun(
          store,
          { ...input, experimentId: commitExperiment().id },
          deps.now(),
        );
      });
    },

    delete(c: AppContext, id: string): void {
      deleteRecurringRun(store, jobFor(c, id, 'delete').id);
    },

    setEnabled(c: AppContext, id: string, verb: 'enable' | 'disable'): void {
      jobFor(c, id, verb);
      setRecurringRunEnabled(store, id, verb === 'enable', deps.now());
    },
  };
}
