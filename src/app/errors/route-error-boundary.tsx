import { useQueryErrorResetBoundary } from '@tanstack/react-query';
import { isRouteErrorResponse, Link, useLocation, useNavigate, useRouteError } from 'react-router';
import { paths } from '@/lib/paths.ts';
import { AppError } from './app-error.tsx';

/**
 * The error boundary of a page (React Router `ErrorBoundary`). It stays inside the shell, shows the
 * server's message, and clears itself on the next navigation; "Try again" re-renders the same URL.
 */
export function RouteErrorBoundary() {
  const error = useRouteError();
  const { reset } = useQueryErrorResetBoundary();
  const navigate = useNavigate();
  const location = useLocation();

  if (isRouteErrorResponse(error)) {
    return (
      <div className="page">
        <AppError
          error={new Error(error.statusText || `Error ${error.status}`)}
          actions={
            <Link className="btn" to={paths.home()}>
              Go to the start page
            </Link>
          }
        />
      </div>
    );
  }
  return (
    <div className="page">
      <AppError
        error={error}
        onRetry={() => {
          reset();
          void navigate(location, { replace: true });
        }}
      />
    </div>
  );
}
