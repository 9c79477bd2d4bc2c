import { ParseError, type Parser } from '../parse/reader.ts';
import type { KfpClient } from './client.ts';
import type { StorageLocation } from './storage-uri.ts';
import { parseK8sEventList, parseK8sPod, type K8sEvent, type K8sPod } from './wire/pod.ts';

/**
 * The KFP UI server's data endpoints, present in every install under the same base as `/apis`.
 * They answer plain text (or bytes), and go through the same client: same token, same origin rule.
 */
export interface ArtifactLocation extends Readonly<StorageLocation> {
  readonly namespace?: string;
}

function artifactQuery(location: ArtifactLocation, peek: number | undefined) {
  return {
    source: location.source,
    bucket: location.bucket,
    key: location.key,
    namespace: location.namespace || undefined,
    peek,
  };
}

/** `GET artifacts/get`; with `peek` only the first bytes (previews). */
export function readArtifactText(
  client: KfpClient,
  location: ArtifactLocation,
  options: { readonly peek?: number; readonly signal?: AbortSignal } = {},
): Promise<string> {
  return client.getText('/artifacts/get', {
    query: artifactQuery(location, options.peek),
    signal: options.signal,
  });
}

/**
 * `GET artifacts/get` as a response to read as a stream (bounded previews, the full view, downloads).
 * KFP's UI server pipes the object: it sends no Content-Length and has no Range support
 * (`frontend/server/handlers/artifacts.ts`), so `peek` is the only way to ask for less.
 */
export function openArtifact(
  client: KfpClient,
  location: ArtifactLocation,
  options: { readonly peek?: number; readonly signal?: AbortSignal } = {},
): Promise<Response> {
  return client.getStream('/artifacts/get', {
    query: artifactQuery(location, options.peek),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/** The URL of `artifacts/get` for a location: a plain link where no bearer token is needed. */
export function artifactUrl(client: KfpClient, location: ArtifactLocation): string {
  return client.url('/artifacts/get', artifactQuery(location, undefined)).href;
}

export interface PodLogsParams {
  readonly podName: string;
  readonly namespace?: string;
  readonly runId?: string;
  /**
   * `YYYY-MM-DD` of the run (KFP's v2 UI sends the execution's day): where the UI server looks for the
   * log Argo archived once the pod is gone (`ARGO_KEYFORMAT`'s creationTimestamp parts).
   */
  readonly createdAt?: string;
}

/**
 * `GET k8s/pod/logs`: plain text, from Kubernetes or — the pod gone — from Argo's archive, with no
 * sign of which (`frontend/server/handlers/pod-logs.ts`). When neither has it: 404 "pod not found"
 * (older releases), or 500 "Could not get main container logs: …" (KFP master).
 */
export function readPodLogs(
  client: KfpClient,
  params: PodLogsParams,
  signal?: AbortSignal,
): Promise<string> {
  return client.getText('/k8s/pod/logs', {
    query: {
      podname: params.podName,
      podnamespace: params.namespace || undefined,
      runid: params.runId || undefined,
      createdat: params.createdAt || undefined,
    },
    signal,
  });
}

export interface PodParams {
  readonly podName: string;
  readonly namespace: string;
}

function podQuery(params: PodParams) {
  return { podname: params.podName, podnamespace: params.namespace };
}

function parseJsonText<T>(text: string, parse: Parser<T>, what: string): T {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new ParseError(what, 'JSON', text.slice(0, 80));
  }
  return parse(json, what);
}

/**
 * `GET k8s/pod`: the pod as Kubernetes has it. Both parameters are required (422); a namespace the
 * user may not read is 403; a pod Kubernetes does not have — or no cluster — is 500
 * "Could not get pod …" (`frontend/server/handlers/pod-info.ts`, `k8s-helper.ts` getPod).
 */
export async function readPod(
  client: KfpClient,
  params: PodParams,
  signal?: AbortSignal,
): Promise<K8sPod> {
  const text = await client.getText('/k8s/pod', { query: podQuery(params), signal });
  return parseJsonText(text, parseK8sPod, 'pod');
}

/** `GET k8s/pod/events`: the pod's events (a list, also for a pod that is gone); 500 on failure. */
export async function readPodEvents(
  client: KfpClient,
  params: PodParams,
  signal?: AbortSignal,
): Promise<readonly K8sEvent[]> {
  const text = await client.getText('/k8s/pod/events', { query: podQuery(params), signal });
  return parseJsonText(text, parseK8sEventList, 'events');
}
