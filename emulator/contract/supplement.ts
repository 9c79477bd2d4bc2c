import type { SpecFile, SpecName } from './spec-files.ts';
import { isJsonObject } from '../lib/json.ts';

/**
 * Operations a real KFP serves that the official swagger omits. Newer API servers register
 * ReadArtifact on the plain HTTP mux (streaming, backend/src/apiserver/main.go), so it fell out of
 * the generated swagger; the answer is still the ReadArtifactResponse message `{data: bytes}`
 * (base64 in JSON), which KFP-NOTES.md documents and the v1 visualizations depend on.
 * Errors of these operations are checked against the file's googleRpcStatus like any other call.
 */
function readArtifact(version: 'v1beta1' | 'v2beta1') {
  return {
    [`/apis/${version}/runs/{run_id}/nodes/{node_id}/artifacts/{artifact_name}:read`]: {
      get: {
        responses: {
          '200': {
            schema: { type: 'object', properties: { data: { type: 'string', format: 'byte' } } },
          },
          default: { schema: { $ref: '#/definitions/googleRpcStatus' } },
        },
      },
    },
  };
}

const mainFile = 'kfp_api_single_file.swagger.json';

/** Adds the supplementary operations to the spec's merged single file (in memory only). */
export function withSupplement(spec: SpecName, files: SpecFile[]): SpecFile[] {
  const extra = readArtifact(spec === 'v1beta1' ? 'v1beta1' : 'v2beta1');
  return files.map((file) => {
    if (!file.id.endsWith(`/${mainFile}`) || !isJsonObject(file.definitions.googleRpcStatus))
      return file;
    const missing = Object.fromEntries(
      Object.entries(extra).filter(([template]) => !(template in file.paths)),
    );
    return { ...file, paths: { ...file.paths, ...missing } };
  });
}
