/**
 * KFP's rules for an experiment name: not empty ("Experiment must have a non-empty name"), unique in its
 * namespace (409 AlreadyExists), and — on servers since the API added length checks — at most 128 bytes
 * ("Experiment.Name length cannot exceed 128"; Go counts bytes, so non-ASCII letters count double).
 * Older servers store longer names; 128 is the limit that holds everywhere.
 */
export const MAX_EXPERIMENT_NAME_BYTES = 128;

export function validateExperimentName(name: string): string | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'Enter a name for the experiment.';
  const bytes = new TextEncoder().encode(trimmed).length;
  if (bytes <= MAX_EXPERIMENT_NAME_BYTES) return undefined;
  const length =
    bytes === trimmed.length
      ? `${bytes} characters`
      : `${bytes} bytes (${Array.from(new Intl.Segmenter().segment(trimmed)).length} characters)`;
  return `The name is ${length} long; KFP takes at most ${MAX_EXPERIMENT_NAME_BYTES} bytes.`;
}
