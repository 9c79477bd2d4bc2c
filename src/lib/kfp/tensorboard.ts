import { Reader } from '../parse/reader.ts';
import type { KfpClient } from './client.ts';

/**
 * KFP's UI server `{base}/apps/tensorboard` (frontend/server/handlers/tensorboard.ts, KFP ≥ 2.17):
 * a Viewer custom resource per log dir and namespace, reached through the scoped proxy path.
 */
export interface TensorboardInstance {
  /** Relative to the base (`apps/tensorboard/proxy/<token>/`); '' when none runs. */
  readonly proxyPath: string;
  readonly tfVersion: string;
  readonly image: string;
}

export interface TensorboardTarget {
  /** The log dirs joined as the UI server's `logdir` (`Series1:a,Series2:b` for several). */
  readonly logdir: string;
  readonly namespace: string;
}

function parseInstance(value: unknown): TensorboardInstance {
  const r = Reader.of(value, 'tensorboard');
  return {
    proxyPath: r.optionalString('proxyPath') ?? '',
    tfVersion: r.optionalString('tfVersion') ?? '',
    image: r.optionalString('image') ?? '',
  };
}

export async function readTensorboard(
  client: KfpClient,
  target: TensorboardTarget,
  signal?: AbortSignal,
): Promise<TensorboardInstance> {
  const text = await client.getText('/apps/tensorboard', {
    query: { ...target },
    signal,
    refusedWith401: true,
  });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return parseInstance(json);
}

/** Starts one (the call waits until the Viewer exists) and answers its proxy path. */
export function startTensorboard(
  client: KfpClient,
  target: TensorboardTarget & { readonly image: string; readonly podTemplateSpec?: unknown },
): Promise<string> {
  const { podTemplateSpec, ...query } = target;
  return client.sendText('POST', '/apps/tensorboard', {
    refusedWith401: true,
    query: {
      ...query,
      podtemplatespec: podTemplateSpec === undefined ? undefined : JSON.stringify(podTemplateSpec),
    },
  });
}

export function stopTensorboard(client: KfpClient, target: TensorboardTarget): Promise<string> {
  return client.sendText('DELETE', '/apps/tensorboard', {
    query: { ...target },
    refusedWith401: true,
  });
}

/** Whether the TensorBoard behind a proxy path answers yet (504 while its pod starts). */
export async function tensorboardReady(
  client: KfpClient,
  proxyPath: string,
  signal?: AbortSignal,
): Promise<boolean> {
  try {
    await client.getText(`/${proxyPath}`, { signal });
    return true;
  } catch {
    return false;
  }
}
