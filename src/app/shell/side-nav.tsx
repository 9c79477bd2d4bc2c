import { Boxes, CalendarClock, Cog, FlaskConical, Play, Workflow } from 'lucide-react';
import { NavLink } from 'react-router';
import { paths, type Section } from '@/lib/paths.ts';
import { useNamespace } from '../namespace/namespace-context.ts';

const items: readonly { section: Section; label: string; icon: typeof Play }[] = [
  { section: 'pipelines', label: 'Pipelines', icon: Workflow },
  { section: 'experiments', label: 'Experiments', icon: FlaskConical },
  { section: 'runs', label: 'Runs', icon: Play },
  { section: 'recurring-runs', label: 'Recurring runs', icon: CalendarClock },
  { section: 'artifacts', label: 'Artifacts', icon: Boxes },
  { section: 'executions', label: 'Executions', icon: Cog },
];

export function SideNav() {
  const { namespace } = useNamespace();
  return (
    <nav className="side-nav" aria-label="Main">
      <div className="side-nav__brand">
        <svg viewBox="0 0 24 24" width="26" height="26" aria-hidden className="side-nav__logo">
          <circle cx="5" cy="12" r="3" />
          <circle cx="19" cy="5" r="3" />
          <circle cx="19" cy="19" r="3" />
          <path d="M8 12h3l5-6M11 12l5 6" fill="none" strokeWidth="2" />
        </svg>
        <span className="side-nav__title">
          Kubeflow <strong>Pipelines</strong>
        </span>
      </div>
      <ul className="side-nav__list">
        {items.map(({ section, label, icon: Icon }) => (
          <li key={section}>
            <NavLink
              to={paths.section(section, { ns: namespace })}
              className={({ isActive }) =>
                isActive ? 'side-nav__link side-nav__link--active' : 'side-nav__link'
              }
            >
              <Icon size={18} aria-hidden />
              <span>{label}</span>
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
