import type { ReactNode } from 'react';
import { NamespacePicker } from '../namespace/namespace-picker.tsx';
import { ThemeMenu } from '../theme/theme-menu.tsx';
import { NavigationProgress } from './navigation-progress.tsx';
import { SideNav } from './side-nav.tsx';
import { UserMenu } from './user-menu.tsx';
import './app-shell.css';

/** Side navigation, header (namespace, theme, user) and the page. */
export function AppShell({ children }: { children: ReactNode }) {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <NavigationProgress />
      <SideNav />
      <div className="shell__body">
        <header className="top-bar">
          <NamespacePicker />
          <div className="top-bar__end">
            <ThemeMenu />
            <UserMenu />
          </div>
        </header>
        <main id="main" className="shell__main" tabIndex={-1}>
          {children}
        </main>
      </div>
    </div>
  );
}
