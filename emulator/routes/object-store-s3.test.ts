import { describe, expect, it } from 'vitest';
import { createObjectStore } from '../sim/object-store.ts';
import { createLogStore } from '../sim/log-store.ts';
import { accessKeyOf, kubernetesRoutes, objectStoreS3Routes } from './object-store-s3.ts';

const signed = {
  authorization:
    'AWS4-HMAC-SHA256 Credential=minio/20261206/us-east-1/s3/aws4_request, SignedHeaders=host, Signature=abc',
};

// KFP's UI server reads artifacts with the minio client (frontend/server/minio-helper.ts
// createMinioClient, getObjectStream) and the credentials of the secret the store session names
// (parseS3ProviderInfo → getK8sSecret); the secret is
// manifests/kustomize/third-party/seaweedfs/base/seaweedfs/mlpipeline-minio-artifact-secret.yaml.
describe('the object store as KFP UI server reads it', () => {
  const objects = createObjectStore();
  objects.put('mlpipeline', 'v2/artifacts/p/run/task/id/report', new TextEncoder().encode('<p>hi'));
  const s3 = objectStoreS3Routes(objects);

  it('answers GetBucketLocation and GetObject (path style) signed with the installed access key', async () => {
    const location = await s3.request('/mlpipeline?location=', { headers: signed });
    expect(location.status).toBe(200);
    expect(await location.text()).toContain('<LocationConstraint');
    const got = await s3.request('/mlpipeline/v2/artifacts/p/run/task/id/report', {
      headers: signed,
    });
    expect(got.status).toBe(200);
    expect(await got.text()).toBe('<p>hi');
  });

  it('refuses unsigned requests and answers NoSuchKey for a missing object, as S3 does', async () => {
    const unsigned = await s3.request('/mlpipeline/v2/artifacts/p/run/task/id/report');
    expect(unsigned.status).toBe(403);
    expect(await unsigned.text()).toContain('<Code>AccessDenied</Code>');
    const missing = await s3.request('/mlpipeline/nothing', { headers: signed });
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<Code>NoSuchKey</Code>');
  });

  it('reads the access key of a SigV4 header', () => {
    expect(accessKeyOf(signed.authorization)).toBe('minio');
    expect(accessKeyOf(undefined)).toBeUndefined();
  });

  it('serves the mlpipeline-minio-artifact secret from the Kubernetes API, base64 data', async () => {
    const k8s = kubernetesRoutes({ logs: createLogStore(), refresh: () => undefined });
    const secret = await k8s.request(
      '/api/v1/namespaces/kubeflow/secrets/mlpipeline-minio-artifact',
    );
    expect(secret.status).toBe(200);
    const body: unknown = await secret.json();
    expect(body).toMatchObject({
      kind: 'Secret',
      data: { accesskey: btoa('minio'), secretkey: btoa('minio123') },
    });
    const other = await k8s.request('/api/v1/namespaces/kubeflow/secrets/other');
    expect(other.status).toBe(404);
  });

  // k8s-helper.ts getPodLogs: readNamespacedPodLog(name, namespace, container 'main').
  it('serves a pod’s log from the Kubernetes API in its namespace, 404 elsewhere', async () => {
    const logs = createLogStore();
    logs.put('wf-system-container-impl-1', { namespace: '', runId: 'r', lines: ['a', 'b'] });
    const refreshed: string[] = [];
    const k8s = kubernetesRoutes({ logs, refresh: (pod) => void refreshed.push(pod) });
    const got = await k8s.request(
      '/api/v1/namespaces/kubeflow/pods/wf-system-container-impl-1/log?container=main',
    );
    expect(await got.text()).toBe('a\nb\n');
    expect(refreshed).toEqual(['wf-system-container-impl-1']);
    const elsewhere = await k8s.request(
      '/api/v1/namespaces/other/pods/wf-system-container-impl-1/log',
    );
    expect(elsewhere.status).toBe(404);
  });
});
