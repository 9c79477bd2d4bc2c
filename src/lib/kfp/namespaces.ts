import { Reader, type Parser } from '../parse/reader.ts';
import type { KfpClient } from './client.ts';

/** Kubeflow central dashboard's `GET /api/workgroup/env-info`: who I am and where I may work. */
export interface EnvInfo {
  readonly user: string;
  readonly namespaces: readonly { readonly namespace: string; readonly role: string }[];
  readonly isClusterAdmin: boolean;
}

export const parseEnvInfo: Parser<EnvInfo> = (value, path) => {
  const r = Reader.of(value, path);
  return {
    user: r.string('user'),
    namespaces: r.array('namespaces', (v, p) => {
      const n = Reader.of(v, p);
      return { namespace: n.requiredString('namespace'), role: n.string('role') };
    }),
    isClusterAdmin: r.boolean('isClusterAdmin'),
  };
};

/** `envInfoUrl` is a path on this origin (not under the KFP base), e.g. `/api/workgroup/env-info`. */
export function getEnvInfo(
  client: KfpClient,
  envInfoUrl: string,
  signal?: AbortSignal,
): Promise<EnvInfo> {
  return client.get(new URL(envInfoUrl, client.origin).href, parseEnvInfo, { signal });
}
