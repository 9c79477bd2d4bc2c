import { describe, expect, it } from 'vitest';
import { expectContract } from './expect-contract.ts';

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('expectContract', () => {
  it('returns the parsed body of a valid response', async () => {
    const body = {
      experiment_id: 'e',
      display_name: 'exp',
      storage_state: 'AVAILABLE',
      namespace: 'kubeflow-alice',
    };
    await expect(
      expectContract('v2beta1', 'GET', '/apis/v2beta1/experiments/e', json(body)),
    ).resolves.toEqual(body);
  });

  it('throws a readable message listing the violations', async () => {
    const response = json({ experiment_id: 'e', experimentId: 'e' });
    await expect(
      expectContract('v2beta1', 'GET', '/apis/v2beta1/experiments/e', response),
    ).rejects.toThrow(
      /GET \/apis\/v2beta1\/experiments\/e → 200 breaks the v2beta1 contract:\n.*must NOT have additional properties: "experimentId"/,
    );
  });

  it('refuses a body that is not JSON', async () => {
    const text = new Response('oops', { status: 200, headers: { 'content-type': 'text/plain' } });
    await expect(expectContract('v2beta1', 'GET', '/apis/v2beta1/healthz', text)).rejects.toThrow(
      /content-type is "text\/plain"/,
    );
  });
});
