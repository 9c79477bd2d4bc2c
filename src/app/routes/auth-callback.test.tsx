import { screen } from '@testing-library/react';
import { StrictMode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { createTestSession, renderWithApp } from '@/testing/render.tsx';
import { Component as AuthCallback } from './auth-callback.tsx';

describe('/auth/callback', () => {
  it('finishes the sign-in and goes back to the URL the user came from', async () => {
    const { session } = createTestSession();
    const completeSignIn = vi.fn((_url: string) => Promise.resolve('/runs?ns=kubeflow-alice'));
    const view = renderWithApp(
      <StrictMode>
        <AuthCallback />
      </StrictMode>,
      {
        url: '/auth/callback?code=c&state=s',
        path: '/auth/callback',
        session: { ...session, completeSignIn },
        routes: [{ path: '/runs', element: <p>the runs</p> }],
      },
    );
    expect(await screen.findByText('the runs')).toBeInTheDocument();
    expect(view.currentUrl()).toBe('/runs?ns=kubeflow-alice');
    // StrictMode runs the effect twice; the session memoises the exchange per URL (oidc-session.test.ts).
    expect(completeSignIn).toHaveBeenCalledWith(window.location.href);
  });

  it('says so when the sign-in cannot be finished', async () => {
    const { session } = createTestSession();
    renderWithApp(<AuthCallback />, {
      path: '*',
      session: {
        ...session,
        completeSignIn: () => Promise.reject(new Error('No matching state found in storage')),
      },
    });
    expect(await screen.findByRole('heading', { name: 'Sign-in failed' })).toBeInTheDocument();
    expect(screen.getByText('No matching state found in storage')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Sign in again' })).toHaveAttribute('href', '/');
  });
});
