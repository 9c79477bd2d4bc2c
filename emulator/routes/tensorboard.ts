import { Hono, type Context } from 'hono';
import type { Authenticator } from '../auth/types.ts';
import {
  parseProxyToken,
  placeholderPage,
  proxyPath,
  TENSORBOARD_STARTUP_MS,
  tfVersionOf,
  viewerName,
  type ViewerStore,
} from '../k8s/viewers.ts';
import { authenticate, isResourceName, singleQuery, textResponse } from './ui-server-auth.ts';

export interface TensorboardRouteDeps {
  readonly viewers: ViewerStore;
  readonly authenticator: Authenticator;
  readonly now?: () => Date;
  /** The wait of the create call (the UI server polls for the new viewer once a second). */
  readonly createDelayMs?: number;
  /** false: no cluster, every Kubernetes call fails. */
  readonly cluster?: boolean;
  /** The UI server's TENSORBOARD_PROXY_SIGNING_SECRET (defaults to the object store's secret key). */
  readonly signingSecret?: string;
}

/** The UI server's defaults (configs.ts VIEWER_TENSORBOARD_TF_IMAGE_NAME, k8s-helper.ts defaultPodTemplateSpec). */
const TF_IMAGE_NAME = 'tensorflow/tensorflow';
const DEFAULT_POD_TEMPLATE_SPEC = { spec: { containers: [{}] } };

type Verb = 'GET' | 'CREATE' | 'DELETE';
type Checked =
  | { readonly ok: true; readonly logdir: string; readonly namespace: string }
  | { readonly ok: false; readonly response: Response };

/**
 * logdir and namespace required (400), the namespace a resource name (400), then the caller's access
 * to viewers there — which this handler answers 401 with the authorizer's message
 * (frontend/server/handlers/tensorboard.ts; pod logs answer 403 for the same).
 */
async function check(c: Context, deps: TensorboardRouteDeps, verb: Verb): Promise<Checked> {
  const fail = (response: Response): Checked => ({ ok: false, response });
  const auth = await authenticate(deps.authenticator, c.req.raw.headers);
  if ('error' in auth) return fail(textResponse(c, 401, `Authentication required: ${auth.error}`));
  const logdir = singleQuery(c, 'logdir');
  const namespace = singleQuery(c, 'namespace');
  if ('error' in logdir) return fail(textResponse(c, 400, logdir.error));
  if ('error' in namespace) return fail(textResponse(c, 400, namespace.error));
  if (!logdir.value) return fail(textResponse(c, 400, 'logdir argument is required'));
  if (!namespace.value) return fail(textResponse(c, 400, 'namespace argument is required'));
  if (!isResourceName(namespace.value)) return fail(textResponse(c, 400, 'invalid namespace'));
  if (auth.caller && !auth.caller.namespaces.includes(namespace.value))
    return fail(
      textResponse(
        c,
        401,
        `User is not authorized to ${verb} viewers in namespace ${namespace.value}: Access denied`,
      ),
    );
  return { ok: true, logdir: logdir.value, namespace: namespace.value };
}

const NO_CLUSTER = 'connect ECONNREFUSED 127.0.0.1:443';

/**
 * `{base}/apps/tensorboard`: GET `{proxyPath, tfVersion, image}` ('' when none runs), POST (query
 * `logdir, namespace, tfversion | image, podtemplatespec`) starts one and answers its proxy path as
 * text, DELETE stops it ("Tensorboard deleted."); and the scoped proxy
 * `apps/tensorboard/proxy/<token>/…` serving a placeholder TensorBoard page once the instance is up.
 */
export function tensorboardRoutes(deps: TensorboardRouteDeps): Hono {
  const app = new Hono();
  const now = () => (deps.now ?? (() => new Date()))().getTime();
  const secret = deps.signingSecret ?? 'minio123';
  const down = deps.cluster === false;

  app.get('/apps/tensorboard', async (c) => {
    const t = await check(c, deps, 'GET');
    if (!t.ok) return t.response;
    if (down) return textResponse(c, 500, `Failed to list Tensorboard pods: ${NO_CLUSTER}`);
    // A failed read of the viewer is "none" for the UI server (k8s-helper.ts getTensorboardInstance).
    const viewer = deps.viewers.get(t.namespace, viewerName(t.logdir));
    const body = viewer
      ? {
          proxyPath: proxyPath(t.namespace, viewer.name, secret),
          tfVersion: tfVersionOf(viewer.image),
          image: viewer.image,
        }
      : { proxyPath: '', tfVersion: '', image: '' };
    return textResponse(c, 200, JSON.stringify(body), 'application/json; charset=utf-8');
  });

  app.post('/apps/tensorboard', async (c) => {
    const t = await check(c, deps, 'CREATE');
    if (!t.ok) return t.response;
    const tfversion = singleQuery(c, 'tfversion');
    const image = singleQuery(c, 'image');
    const spec = singleQuery(c, 'podtemplatespec');
    for (const q of [tfversion, image, spec])
      if ('error' in q) return textResponse(c, 400, q.error);
    const version = 'value' in tfversion ? (tfversion.value ?? '') : '';
    const imageName = 'value' in image ? (image.value ?? '') : '';
    const specText = 'value' in spec ? (spec.value ?? '') : '';
    if (!version && !imageName)
      return textResponse(
        c,
        400,
        'missing required argument: tfversion (tensorflow version) or image',
      );
    if (version && imageName)
      return textResponse(c, 400, 'tfversion and image cannot be specified at the same time');
    let podTemplateSpec: unknown = DEFAULT_POD_TEMPLATE_SPEC;
    if (specText) {
      try {
        podTemplateSpec = JSON.parse(specText);
      } catch (error) {
        return textResponse(c, 400, `podtemplatespec is not valid JSON: ${String(error)}`);
      }
    }
    if (down) return textResponse(c, 500, `Failed to start Tensorboard app: ${NO_CLUSTER}`);
    const name = viewerName(t.logdir);
    const fullImage = (imageName || TF_IMAGE_NAME) + (version ? `:${version}` : '');
    const existing = deps.viewers.get(t.namespace, name);
    if (existing && tfVersionOf(existing.image) !== version) {
      return textResponse(
        c,
        500,
        `Failed to start Tensorboard app: There's already an existing tensorboard instance with a different version ${tfVersionOf(existing.image)}`,
      );
    }
    if (!existing)
      deps.viewers.put({
        name,
        namespace: t.namespace,
        logDir: t.logdir,
        image: fullImage,
        podTemplateSpec,
        createdAt: now(),
      });
    const wait = deps.createDelayMs ?? 1_000;
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return textResponse(c, 200, proxyPath(t.namespace, name, secret), 'text/html; charset=utf-8');
  });

  app.delete('/apps/tensorboard', async (c) => {
    const t = await check(c, deps, 'DELETE');
    if (!t.ok) return t.response;
    if (down) return textResponse(c, 500, `Failed to delete Tensorboard app: ${NO_CLUSTER}`);
    deps.viewers.remove(t.namespace, viewerName(t.logdir));
    return textResponse(c, 200, 'Tensorboard deleted.', 'text/html; charset=utf-8');
  });

  app.on(['GET', 'HEAD'], '/apps/tensorboard/proxy/:token/*', async (c) => {
    const target = parseProxyToken(c.req.param('token'), secret);
    if (!target) return textResponse(c, 403, 'Invalid TensorBoard proxy target');
    // A navigation (a new tab) carries no bearer token: behind Kubeflow's gateway its session
    // cookie does. A request with a token is checked like the UI server's authorizer does.
    if (c.req.header('authorization')) {
      const auth = await authenticate(deps.authenticator, c.req.raw.headers);
      if ('error' in auth) return textResponse(c, 401, `Authentication required: ${auth.error}`);
      if (auth.caller && !auth.caller.namespaces.includes(target.namespace))
        return textResponse(c, 403, 'Access denied to namespace');
    }
    const viewer = deps.viewers.get(target.namespace, target.viewerName);
    if (!viewer || now() - viewer.createdAt < TENSORBOARD_STARTUP_MS) {
      // The TensorBoard service does not answer yet: http-proxy-middleware's 504.
      c.status(504);
      return c.text(`Error occurred while trying to proxy: ${target.viewerName}-service`);
    }
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    c.header('X-Content-Type-Options', 'nosniff');
    return c.html(placeholderPage(viewer));
  });
  return app;
}
