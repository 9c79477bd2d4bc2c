import { describe, expect, it } from 'vitest';
import { storeSessionInfo } from './artifact-props.ts';

describe('store_session_info', () => {
  // KFP 2.17 getDefaultMinioSessionInfo (backend/src/v2/config/env.go): the default store is
  // SeaweedFS (objectstore.DefaultEndpointInMultiUserMode) and its credentials come from the
  // mlpipeline-minio-artifact secret; KFP's UI server reads that secret (minio-helper.ts).
  it('is KFP 2.17’s default minio session for a minio:// root, keys sorted as Go marshals a map', () => {
    expect(storeSessionInfo('minio://mlpipeline/v2/artifacts')).toBe(
      JSON.stringify({
        Provider: 'minio',
        Params: {
          accessKeyKey: 'accesskey',
          disableSSL: 'true',
          endpoint: 'seaweedfs.kubeflow:9000',
          fromEnv: 'false',
          maxRetries: '5',
          region: 'minio',
          secretKeyKey: 'secretkey',
          secretName: 'mlpipeline-minio-artifact',
        },
      }),
    );
  });
});
