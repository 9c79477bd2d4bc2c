/** The API server's limit on a pipeline file (`common.MaxFileLength`, 32 MB); also what an archive may unpack to. */
export const MAX_PIPELINE_FILE_BYTES = 32 * 1024 * 1024;

/** What the file picker offers. The server tells archives by their content, so `.tgz` works like `.tar.gz`. */
export const PIPELINE_FILE_ACCEPT = '.yaml,.yml,.json,.zip,.tar.gz,.tgz';
