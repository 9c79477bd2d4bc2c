import type { ReactNode } from 'react';
import { ErrorState } from '@/components/states';
import { describeError } from '@/lib/kfp/errors.ts';

/** Any thrown error, shown with the server's message (ApiError) and a retry. */
export function AppError({
  error,
  onRetry,
  actions,
}: {
  readonly error: unknown;
  readonly onRetry?: () => void;
  readonly actions?: ReactNode;
}) {
  const { title, message } = describeError(error);
  return <ErrorState title={title} message={message} onRetry={onRetry} actions={actions} />;
}
