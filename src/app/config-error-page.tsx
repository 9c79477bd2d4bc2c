import { ConfigError } from '@/lib/config.ts';
import { FullPageMessage } from './errors/full-page-message.tsx';

/** config.json is missing or wrong: say which field, so whoever deploys can fix it. */
export function ConfigErrorPage({ error }: { readonly error: unknown }) {
  const field = error instanceof ConfigError ? error.field : '';
  const problem =
    error instanceof ConfigError
      ? error.problem
      : error instanceof Error
        ? error.message
        : String(error);
  return (
    <FullPageMessage title="The dashboard is not configured correctly" tone="error">
      <p>
        {field ? (
          <>
            The setting <code>{field}</code> in <code>config.json</code> {problem}.
          </>
        ) : (
          <>
            <code>config.json</code> {problem}.
          </>
        )}
      </p>
      <p>Fix the file (in a cluster: the dashboard's ConfigMap) and reload the page.</p>
    </FullPageMessage>
  );
}
