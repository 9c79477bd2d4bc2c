import { useId, type ReactNode } from 'react';
import { ChevronDown, ChevronRight } from 'lucide-react';
import { useCollapsedSections } from './use-collapsed-sections.ts';
import styles from './compare.module.css';

export interface CollapsibleSectionProps {
  /** The section's id in the URL's `collapsed` list. */
  readonly sectionId: string;
  readonly title: string;
  readonly level?: 2 | 3;
  /** Beside the heading while the section is open (notes, toggles). */
  readonly extra?: ReactNode;
  readonly children: ReactNode;
}

/**
 * A section of the compare page whose heading is a disclosure button (Enter or Space toggles it;
 * `aria-expanded` tells). A collapsed section renders nothing of its body, so it loads nothing either.
 */
export function CollapsibleSection({
  sectionId,
  title,
  level = 2,
  extra,
  children,
}: CollapsibleSectionProps) {
  const sections = useCollapsedSections();
  const collapsed = sections.isCollapsed(sectionId);
  const headingId = useId();
  const bodyId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  const Chevron = collapsed ? ChevronRight : ChevronDown;
  return (
    <section
      className={styles.section}
      aria-labelledby={headingId}
      data-collapsed={collapsed || undefined}
    >
      <div className={styles.sectionHeader}>
        <Heading id={headingId} className={level === 2 ? styles.heading2 : styles.heading3}>
          <button
            type="button"
            className={styles.disclosure}
            aria-expanded={!collapsed}
            aria-controls={bodyId}
            onClick={() => sections.toggle(sectionId)}
          >
            <Chevron size={level === 2 ? 18 : 16} aria-hidden="true" />
            {title}
          </button>
        </Heading>
        {collapsed ? null : extra}
      </div>
      <div id={bodyId} hidden={collapsed} className={styles.sectionBody}>
        {collapsed ? null : children}
      </div>
    </section>
  );
}
