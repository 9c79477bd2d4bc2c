import {
  Brain,
  ChartLine,
  Database,
  FileBox,
  FileCode,
  FileText,
  Gauge,
  Grid3x3,
} from 'lucide-react';

/** Icons for the KFP system artifact types (schema titles); anything else is a plain artifact box. */
const ICONS: Readonly<Record<string, typeof FileBox>> = {
  'system.Model': Brain,
  'system.Dataset': Database,
  'system.Metrics': Gauge,
  'system.ClassificationMetrics': Grid3x3,
  'system.SlicedClassificationMetrics': ChartLine,
  'system.HTML': FileCode,
  'system.Markdown': FileText,
};

/** The icon of an artifact type (decoration: the type is always written next to it). */
export function ArtifactIcon({
  type,
  size,
  className,
}: {
  readonly type: string | undefined;
  readonly size: number;
  readonly className?: string;
}) {
  const Icon = (type === undefined ? undefined : ICONS[type]) ?? FileBox;
  return <Icon aria-hidden="true" size={size} className={className} />;
}
