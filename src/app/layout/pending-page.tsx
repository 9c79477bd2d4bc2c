import { Construction } from 'lucide-react';
import { Link } from 'react-router';
import { EmptyState } from '@/components/states';
import { paths, type Section } from '@/lib/paths.ts';
import { useNamespace } from '../namespace/namespace-context.ts';
import { PageHeader } from './page-header.tsx';

const sectionLabels: Record<Section, string> = {
  pipelines: 'Pipelines',
  experiments: 'Experiments',
  runs: 'Runs',
  'recurring-runs': 'Recurring runs',
};

/**
 * A page whose URL is already linked from the lists but whose content belongs to a later issue.
 * It keeps links from landing on a 404 and says plainly what is missing.
 */
export function PendingPage({
  section,
  title,
  subject,
  arrivesWith,
}: {
  readonly section: Section;
  readonly title: string;
  /** What the URL points at, e.g. the run id. */
  readonly subject: string;
  /** The issue that builds this page. */
  readonly arrivesWith: string;
}) {
  const { namespace } = useNamespace();
  const back = paths.section(section, { ns: namespace });
  return (
    <div className="page">
      <PageHeader
        title={title}
        documentTitle={`${title} ${subject}`}
        breadcrumbs={[{ label: sectionLabels[section], to: back }, { label: subject }]}
      />
      <EmptyState
        title={`${title} are not part of the dashboard yet`}
        message={
          <>
            <Construction size={16} aria-hidden /> This page arrives with the “{arrivesWith}” issue.
            ID: <code>{subject}</code>
          </>
        }
        action={
          <Link className="btn" to={back}>
            Back to {sectionLabels[section].toLowerCase()}
          </Link>
        }
      />
    </div>
  );
}
