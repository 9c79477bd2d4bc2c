import { ErrorState } from '@/components/states';
import type { ErrorConfig } from '../model/viewer-config.ts';

/** One output that could not be shown, with the message that names the problem. */
export function ErrorViewer({ config }: { config: ErrorConfig }) {
  return (
    <ErrorState inline title={`Cannot show this ${config.outputType}`} message={config.message} />
  );
}
