import { describe, expect, it } from 'vitest';
import { tensorboardUrl } from './tensorboard-url.ts';

describe('tensorboardUrl', () => {
  it('puts the encoded log dirs and namespace into the template', () => {
    expect(
      tensorboardUrl(
        '/tensorboard/{namespace}/?logdir={logdir}',
        ['gs://b/train', 'eval:gs://b/e v&al'],
        'kubeflow-alice',
      ),
    ).toBe(
      '/tensorboard/kubeflow-alice/?logdir=gs%3A%2F%2Fb%2Ftrain%2Ceval%3Ags%3A%2F%2Fb%2Fe%20v%26al',
    );
  });

  it('answers no link without a template or log dirs', () => {
    expect(tensorboardUrl(undefined, ['gs://b'], 'ns')).toBeUndefined();
    expect(tensorboardUrl('/tb/{logdir}', [], 'ns')).toBeUndefined();
    expect(tensorboardUrl('https://tb/{namespace}', ['x'], undefined)).toBe('https://tb/');
  });
});
