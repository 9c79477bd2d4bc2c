import { ChevronRight } from 'lucide-react';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import './page.css';

export interface Crumb {
  readonly label: string;
  /** Build it with `paths` (and keep `ns`). The last crumb usually has none. */
  readonly to?: string;
}

export interface PageHeaderProps {
  readonly title: string;
  /** The browser tab's title; defaults to `title`. */
  readonly documentTitle?: string;
  readonly breadcrumbs?: readonly Crumb[];
  /** Next to the title, e.g. a status badge. */
  readonly badge?: ReactNode;
  /** Buttons on the right. */
  readonly actions?: ReactNode;
  readonly description?: ReactNode;
}

export const APP_TITLE = 'Kubeflow Pipelines';

/** The top of every page: breadcrumbs, the h1, actions — and the document title. */
export function PageHeader({
  title,
  documentTitle,
  breadcrumbs,
  badge,
  actions,
  description,
}: PageHeaderProps) {
  return (
    <header className="page-header">
      <title>{`${documentTitle ?? title} · ${APP_TITLE}`}</title>
      {breadcrumbs && breadcrumbs.length > 0 && (
        <nav aria-label="Breadcrumb" className="breadcrumbs">
          <ol>
            {breadcrumbs.map((crumb, index) => (
              <li key={`${crumb.label}-${index}`}>
                {index > 0 && <ChevronRight size={14} aria-hidden className="breadcrumbs__sep" />}
                {crumb.to ? (
                  <Link to={crumb.to}>{crumb.label}</Link>
                ) : (
                  <span aria-current="page">{crumb.label}</span>
                )}
              </li>
            ))}
          </ol>
        </nav>
      )}
      <div className="page-header__row">
        <div className="page-header__title">
          <h1>{title}</h1>
          {badge}
        </div>
        {actions && <div className="page-header__actions">{actions}</div>}
      </div>
      {description && <div className="page-header__description">{description}</div>}
    </header>
  );
}
