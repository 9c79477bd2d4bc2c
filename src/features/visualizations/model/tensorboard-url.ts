/**
 * The link to the cluster's TensorBoard for some log dirs: `{logdir}` in the configured template becomes
 * the log dirs (comma-separated, as TensorBoard's `--logdir_spec` takes them) and `{namespace}` the
 * namespace, both URL-encoded. No template, no link.
 */
export function tensorboardUrl(
  template: string | undefined,
  logDirs: readonly string[],
  namespace: string | undefined,
): string | undefined {
  if (template === undefined || logDirs.length === 0) return undefined;
  return template
    .replaceAll('{logdir}', encodeURIComponent(logDirs.join(',')))
    .replaceAll('{namespace}', encodeURIComponent(namespace ?? ''));
}
