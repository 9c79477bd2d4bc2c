import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { useAuthSession } from '@/lib/auth/auth-context.tsx';
import { describeError } from '@/lib/kfp/errors.ts';
import { FullPageMessage } from '../errors/full-page-message.tsx';

/** `/auth/callback`: the identity provider sends the user back here with a code. */
export function Component() {
  const session = useAuthSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);

  useEffect(() => {
    // StrictMode runs this twice; completeSignIn is memoised per URL, so the code is exchanged once.
    let active = true;
    session.completeSignIn(window.location.href).then(
      (returnUrl) => {
        if (active) void navigate(returnUrl, { replace: true });
      },
      (failure: unknown) => {
        if (active) setError(failure);
      },
    );
    return () => {
      active = false;
    };
  }, [session, navigate]);

  if (error !== null) {
    return (
      <FullPageMessage title="Sign-in failed" tone="error">
        <p>{describeError(error).message}</p>
        <p>
          <a className="btn btn--primary" href="/">
            Sign in again
          </a>
        </p>
      </FullPageMessage>
    );
  }
  return <FullPageMessage title="Signing you in…" />;
}

export function ErrorBoundary() {
  return (
    <FullPageMessage title="Sign-in failed" tone="error">
      <p>
        <a className="btn btn--primary" href="/">
          Sign in again
        </a>
      </p>
    </FullPageMessage>
  );
}
