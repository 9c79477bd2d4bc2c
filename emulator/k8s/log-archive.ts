import { extractFirstTarEntry } from '../sim/object-store.ts';

/**
 * Where KFP's UI server looks for a pod's archived log once Kubernetes no longer has the pod
 * (kubeflow/pipelines frontend/server/workflow-helper.ts `createPodLogsMinioRequestConfig`, with the
 * manifests' `ARGO_ARCHIVE_LOGS=true`, `ARGO_ARCHIVE_BUCKETNAME=mlpipeline` and configs.ts'
 * `ARGO_KEYFORMAT`). The workflow name is the pod name cut at `-system-container-impl-`, so only
 * KFP v2 executor pods resolve to their real key: a v1 pod (`<workflow>-<template>-<hash>`) becomes
 * its own "workflow" and its archive is never found there, as on a real cluster.
 */
export const ARCHIVE_BUCKET = 'mlpipeline';
export const ARCHIVE_KEY_FORMAT =
  'artifacts/{{workflow.name}}/{{workflow.creationTimestamp.Y}}/{{workflow.creationTimestamp.m}}/{{workflow.creationTimestamp.d}}/{{pod.name}}';

/**
 * The archived log's key for a pod, from `createdat` (`YYYY-MM-DD`, the run's or execution's day);
 * an error text where the UI server refuses the key (unresolved or invalid characters).
 */
export function archivedLogKey(
  podName: string,
  createdAt: string,
  namespace: string,
  keyFormat: string = ARCHIVE_KEY_FORMAT,
): { readonly key: string } | { readonly error: string } {
  // As the UI server does, a missing part of the date becomes the text "undefined".
  const [y, m, d] = createdAt.split('-');
  let key = keyFormat
    .replace(/\s+/g, '')
    .replace('{{workflow.name}}', podName.replace(/-system-container-impl-.*/, ''))
    .replace('{{workflow.creationTimestamp.Y}}', String(y))
    .replace('{{workflow.creationTimestamp.m}}', String(m))
    .replace('{{workflow.creationTimestamp.d}}', String(d))
    .replace('{{pod.name}}', podName)
    .replace('{{workflow.namespace}}', namespace);
  if (!key.endsWith('/')) key += '/';
  key += 'main.log';
  if (key.includes('{') || key.includes('}'))
    return { error: `The resulting log key, ${key}, includes unresolved template tags` };
  if (!/^[a-zA-Z0-9\-._/]+$/.test(key)) return { error: `The log key, ${key}, is an invalid path` };
  return { key };
}

/** What the UI server streams for a stored object: gunzipped if gzip, the first entry if a tar. */
export function extractedText(stored: Uint8Array): string {
  return new TextDecoder().decode(extractFirstTarEntry(stored));
}
