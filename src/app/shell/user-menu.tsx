import { LogOut } from 'lucide-react';
import { useAuth } from '@/lib/auth/auth-context.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';
import { HeaderMenu } from '@/components/header-menu';

function initials(name: string): string {
  const parts = name.split(/[\s@._-]+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '?') + (parts[1]?.[0] ?? '')).toUpperCase();
}

/** Who is signed in, and "Sign out". Hidden when the mode knows no user and offers no sign-out. */
export function UserMenu() {
  const { user, canSignOut, signOut } = useAuth();
  const { envUser } = useNamespace();
  const name = user?.name ?? envUser;
  if (!name && !canSignOut) return null;
  const label = name ?? 'Account';
  return (
    <HeaderMenu
      name="user"
      label={`Account: ${label}`}
      buttonClassName="user-menu__trigger"
      button={
        <>
          {/* The initials are drawn by CSS (app-shell.css), so the visible text is the name alone and the
              accessible name "Account: <name>" contains it (WCAG 2.5.3 Label in Name). */}
          <span className="user-menu__avatar" data-initials={initials(label)} aria-hidden />
          <span className="user-menu__name">{label}</span>
        </>
      }
    >
      {(closes) => (
        <>
          <div className="menu__label">
            Signed in as <strong>{label}</strong>
            {user?.email && user.email !== label && <div>{user.email}</div>}
          </div>
          {canSignOut && (
            <>
              <div className="menu__separator" role="separator" />
              <button
                type="button"
                className="menu__item"
                {...closes}
                onClick={() => void signOut()}
              >
                <LogOut size={16} aria-hidden />
                Sign out
              </button>
            </>
          )}
        </>
      )}
    </HeaderMenu>
  );
}
