import { LogOut } from 'lucide-react';
import { DropdownMenu } from 'radix-ui';
import { useAuth } from '@/lib/auth/auth-context.tsx';
import { useNamespace } from '../namespace/namespace-context.ts';

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
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="user-menu__trigger" aria-label={`Account: ${label}`}>
        <span className="user-menu__avatar" aria-hidden>
          {initials(label)}
        </span>
        <span className="user-menu__name">{label}</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className="menu" align="end" sideOffset={6}>
          <DropdownMenu.Label className="menu__label">
            Signed in as <strong>{label}</strong>
            {user?.email && user.email !== label && <div>{user.email}</div>}
          </DropdownMenu.Label>
          {canSignOut && (
            <>
              <DropdownMenu.Separator className="menu__separator" />
              <DropdownMenu.Item className="menu__item" onSelect={() => void signOut()}>
                <LogOut size={16} aria-hidden />
                Sign out
              </DropdownMenu.Item>
            </>
          )}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
