import { expect } from 'vitest';
import { text, type TestApi } from './test-app.ts';
import { argoPipelineYaml, uploadForm } from './test-pipelines.ts';

/** Calls of the v1beta1 API shared by its route tests. */
export const v1 = '/apis/v1beta1';
export const q = (filter: unknown) => encodeURIComponent(JSON.stringify(filter));
export const nsRef = (id: string) => ({ key: { type: 'NAMESPACE', id }, relationship: 'OWNER' });

export async function upload(api: TestApi, name: string, yaml = argoPipelineYaml): Promise<string> {
  const uploaded = await api.call(
    'POST',
    `${v1}/pipelines/upload?name=${encodeURIComponent(name)}&namespace=kubeflow-alice`,
    { as: 'alice', form: uploadForm(`${name}.yaml`, yaml) },
  );
  expect(uploaded.status).toBe(200);
  return text(uploaded.body, 'id');
}

export async function experiment(api: TestApi, name: string): Promise<string> {
  const created = await api.call('POST', `${v1}/experiments`, {
    as: 'alice',
    json: { name, resource_references: [nsRef('kubeflow-alice')] },
  });
  expect(created.status).toBe(200);
  return text(created.body, 'id');
}
