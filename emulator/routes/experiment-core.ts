import { checkNamespace, requireNamespace } from '../http/access.ts';
import { badRequest, notFound } from '../lib/errors.ts';
import type { AppContext, RouteDeps } from '../http/env.ts';
import { experimentListSpec } from '../http/list-specs.ts';
import type { MessageSchema } from '../lib/proto-json.ts';
import { listRequest, readMessage, splitAction } from '../http/request.ts';
import type { FilterDialect } from '../lists/types.ts';
import { listPage, type ListPage } from '../lists/list-page.ts';
import {
  archiveExperiment,
  createExperiment,
  deleteExperiment,
  getExperiment,
  unarchiveExperiment,
} from '../store/experiment-ops.ts';
import type { ExperimentRecord } from '../store/records.ts';

type ExperimentVerb = 'get' | 'delete' | 'archive' | 'unarchive';

/**
 * ExperimentService's logic, written once for v1beta1 and v2beta1: the route files only read their
 * version's request shape and write its wire shape.
 */
export function experimentCore(deps: RouteDeps) {
  const { store } = deps;

  /** The experiment `id`, which the caller may `verb` in its namespace. */
  const experimentFor = (c: AppContext, id: string, verb: ExperimentVerb): ExperimentRecord => {
    const experiment = getExperiment(store, id);
    checkNamespace(c, experiment.namespace, verb, 'experiments');
    return experiment;
  };

  return {
    experimentFor,

    /** One page of the experiments in `namespace` (all of them in single-user mode). */
    list(c: AppContext, namespace: string, dialect?: FilterDialect): ListPage<ExperimentRecord> {
      requireNamespace(c, namespace, 'ListExperiments');
      checkNamespace(c, namespace, 'list', 'experiments');
      const experiments = [...store.experiments.values()].filter(
        (e) => !deps.multiUser || e.namespace === namespace,
      );
      return listPage(experiments, listRequest(c), experimentListSpec, dialect);
    },

    /** A new experiment; `emptyNamespace` is the version's refusal of one without a namespace. */
    create(
      c: AppContext,
      input: { displayName: string; description: string; namespace: string },
      emptyNamespace: string,
    ): ExperimentRecord {
      if (deps.multiUser && input.namespace === '') throw badRequest(emptyNamespace);
      checkNamespace(c, input.namespace, 'create', 'experiments');
      return createExperiment(store, input, deps.now());
    },

    delete(c: AppContext, id: string): void {
      deleteExperiment(store, experimentFor(c, id, 'delete').id);
    },

    /** `POST <base>/{id}:archive|:unarchive`, with the version's empty request message. */
    async action(
      c: AppContext,
      target: string,
      request: (verb: 'archive' | 'unarchive') => MessageSchema,
    ): Promise<void> {
      const { id, verb } = splitAction(target);
      if (verb !== 'archive' && verb !== 'unarchive')
        throw notFound(`Not Found: POST ${c.req.path}`);
      await readMessage(c, request(verb));
      experimentFor(c, id, verb);
      if (verb === 'archive') archiveExperiment(store, id, deps.now());
      else unarchiveExperiment(store, id);
    },
  };
}
