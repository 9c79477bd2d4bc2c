import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Viewer custom resources (`kubeflow.org/v1beta1`, kind Viewer, type tensorboard) as KFP's UI server
 * creates them (frontend/server/k8s-helper.ts newTensorboardInstance): one per log dir and namespace,
 * named `viewer-<sha1(logdir)>`, its image `tensorflow/tensorflow:<version>` or the given one.
 */
export interface Viewer {
  readonly name: string;
  readonly namespace: string;
  readonly logDir: string;
  readonly image: string;
  readonly podTemplateSpec: unknown;
  /** Epoch ms of creation; its TensorBoard serves once STARTUP_MS has passed. */
  readonly createdAt: number;
}

/** How long a new TensorBoard pod takes to serve (the viewer controller starts a Deployment). */
export const TENSORBOARD_STARTUP_MS = 4_000;

export interface ViewerStore {
  get(namespace: string, name: string): Viewer | undefined;
  put(viewer: Viewer): void;
  remove(namespace: string, name: string): void;
}

export function createViewerStore(): ViewerStore {
  const viewers = new Map<string, Viewer>();
  const id = (namespace: string, name: string) => `${namespace}/${name}`;
  return {
    get: (namespace, name) => viewers.get(id(namespace, name)),
    put: (viewer) => void viewers.set(id(viewer.namespace, viewer.name), viewer),
    remove: (namespace, name) => void viewers.delete(id(namespace, name)),
  };
}

export const viewerName = (logdir: string): string =>
  `viewer-${createHash('sha1').update(logdir).digest('hex')}`;

/** `tensorflow/tensorflow:2.2.2` → `2.2.2`; an image without a tag has no version. */
export function tfVersionOf(image: string): string {
  const parts = image.split(':');
  return parts.length >= 2 ? (parts[1] ?? '') : '';
}

/**
 * The scoped proxy path of a viewer (handlers/tensorboard-proxy.ts createTensorboardProxyPath):
 * `apps/tensorboard/proxy/<base64url({namespace, viewerName})>.<HMAC-SHA256>/`, relative to the base.
 */
export function proxyPath(namespace: string, name: string, secret: string): string {
  const payload = JSON.stringify({ namespace, viewerName: name });
  const signature = createHmac('sha256', secret).update(payload).digest('base64url');
  const token = `${Buffer.from(payload).toString('base64url')}.${signature}`;
  return `apps/tensorboard/proxy/${encodeURIComponent(token)}/`;
}

/** The viewer a proxy token names, when its signature is the server's. */
export function parseProxyToken(
  token: string,
  secret: string,
): { readonly namespace: string; readonly viewerName: string } | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(token);
  } catch {
    return undefined;
  }
  const [encoded, signature, extra] = decoded.split('.');
  if (!encoded || !signature || extra !== undefined) return undefined;
  const payload = Buffer.from(encoded, 'base64url').toString('utf8');
  const expected = createHmac('sha256', secret).update(payload).digest('base64url');
  if (signature.length !== expected.length) return undefined;
  if (!timingSafeEqual(Buffer.from(signature), Buffer.from(expected))) return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload);
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const namespace: unknown = Reflect.get(parsed, 'namespace');
  const name: unknown = Reflect.get(parsed, 'viewerName');
  return typeof namespace === 'string' && typeof name === 'string'
    ? { namespace, viewerName: name }
    : undefined;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (ch) => `&#${String(ch.charCodeAt(0))};`);

/** The emulator's stand-in for a TensorBoard: one page per instance, saying what it would show. */
export function placeholderPage(viewer: Viewer): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>TensorBoard (emulator)</title>
<style>body{font:15px system-ui,sans-serif;margin:2rem;color:#222;background:#fff}
@media (prefers-color-scheme:dark){body{color:#eee;background:#1b1b1f}}
h1{font-size:1.4rem;color:#ff6f00}code{font-size:.9em}</style></head>
<body><h1>TensorBoard</h1>
<p>This is the KFP emulator's placeholder for the TensorBoard of viewer <code>${escape(viewer.name)}</code>
in namespace <code>${escape(viewer.namespace)}</code>.</p>
<p>Log directory: <code>${escape(viewer.logDir)}</code><br>Image: <code>${escape(viewer.image)}</code></p>
</body></html>`;
}
