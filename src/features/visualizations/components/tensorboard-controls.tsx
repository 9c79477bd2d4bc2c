import { useQuery } from '@tanstack/react-query';
import { ExternalLink } from 'lucide-react';
import { useState } from 'react';
import { ErrorState, LoadingState } from '@/components/states';
import { useKfpClient } from '@/lib/kfp/client-context.tsx';
import { ApiError, describeError } from '@/lib/kfp/errors.ts';
import type { TensorboardTarget } from '@/lib/kfp/tensorboard.ts';
import { tensorboardQueries, useTensorboardActions } from '../api/tensorboard-queries.ts';
import styles from './viewers.module.css';

/** KFP's UI offers these (frontend/src/components/viewers/Tensorboard.tsx); 2.2.2 by default. */
export const TF_IMAGES: readonly (readonly [string, readonly string[]])[] = [
  [
    'TensorFlow 1.x',
    ['1.7.1', '1.8.0', '1.9.0', '1.10.1', '1.11.0', '1.12.3', '1.13.2', '1.14.0', '1.15.5'],
  ],
  ['TensorFlow 2.x', ['2.0.4', '2.1.2', '2.2.2']],
];
export const DEFAULT_TF_IMAGE = 'tensorflow/tensorflow:2.2.2';

export interface TensorboardControlsProps {
  readonly target: TensorboardTarget;
  /** The output's own image (`image` of the ui-metadata output), offered first. */
  readonly image?: string | undefined;
  readonly podTemplateSpec?: unknown;
}

/** Start, open and stop a TensorBoard for the output through the UI server's `apps/tensorboard`. */
export function TensorboardControls({ target, image, podTemplateSpec }: TensorboardControlsProps) {
  const client = useKfpClient();
  const instance = useQuery(tensorboardQueries(client).instance(target));
  const { start, stop } = useTensorboardActions(target);
  const [chosen, setChosen] = useState(image ?? DEFAULT_TF_IMAGE);
  const [confirming, setConfirming] = useState(false);
  const proxyPath = instance.data?.proxyPath ?? '';
  const ready = useQuery({
    ...tensorboardQueries(client).ready(proxyPath),
    enabled: proxyPath !== '',
  });

  if (instance.isPending) return <LoadingState label="Looking for a running TensorBoard…" />;
  if (instance.isError && instance.error instanceof ApiError && instance.error.status === 404)
    return (
      <p className={styles.note}>
        This cluster's UI server has no TensorBoard API (apps/tensorboard answered 404).
      </p>
    );
  if (instance.isError)
    return (
      <ErrorState
        inline
        title="Could not ask the UI server about TensorBoard"
        message={describeError(instance.error).message}
        onRetry={() => void instance.refetch()}
        retrying={instance.isFetching}
      />
    );
  const failure = start.error ?? stop.error;
  const failed =
    failure === null ? null : (
      <ErrorState
        inline
        title={start.error ? 'Could not start TensorBoard' : 'Could not stop TensorBoard'}
        message={describeError(failure).message}
      />
    );

  if (proxyPath === '') {
    return (
      <div className={styles.tensorboard}>
        {failed}
        <label className={styles.note}>
          TensorFlow image{' '}
          <select
            value={chosen}
            onChange={(event) => setChosen(event.target.value)}
            disabled={start.isPending}
          >
            {image === undefined ? null : <option value={image}>{image}</option>}
            {TF_IMAGES.map(([group, versions]) => (
              <optgroup key={group} label={group}>
                {versions.map((v) => (
                  <option key={v} value={`tensorflow/tensorflow:${v}`}>
                    TensorFlow {v}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
        <p>
          <button
            type="button"
            className="btn btn--primary"
            disabled={start.isPending}
            onClick={() => {
              stop.reset();
              start.mutate({
                image: chosen,
                ...(podTemplateSpec === undefined ? {} : { podTemplateSpec }),
              });
            }}
          >
            {start.isPending ? 'Starting TensorBoard…' : 'Start TensorBoard'}
          </button>
        </p>
      </div>
    );
  }

  const href = client.url(`/${proxyPath}`).href;
  return (
    <div className={styles.tensorboard}>
      {failed}
      <p role="status">
        TensorBoard <span className={styles.code}>{instance.data.image}</span> is running for this
        output.
        {ready.data === true
          ? null
          : ' It is starting: this can take a few minutes; the link works once it answers.'}
      </p>
      <p className={styles.toolbar}>
        <a href={href} target="_blank" rel="noopener noreferrer" className="btn btn--primary">
          Open TensorBoard <ExternalLink size={14} aria-hidden="true" />
        </a>
        {confirming ? null : (
          <button
            type="button"
            className="btn"
            disabled={stop.isPending}
            onClick={() => setConfirming(true)}
          >
            Stop TensorBoard
          </button>
        )}
      </p>
      {confirming ? (
        <div role="group" aria-label="Stop TensorBoard?" className={styles.toolbar}>
          <span className={styles.note}>
            Stop this TensorBoard? Its instance is deleted from the namespace's workloads.
          </span>
          <button
            type="button"
            className="btn btn--danger"
            disabled={stop.isPending}
            onClick={() => {
              start.reset();
              stop.mutate(undefined, { onSettled: () => setConfirming(false) });
            }}
          >
            {stop.isPending ? 'Stopping…' : 'Stop'}
          </button>
          <button type="button" className="btn" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      ) : null}
    </div>
  );
}
