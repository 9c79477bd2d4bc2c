/** How many versions a selected pipeline has, as far as the check before deleting found out. */
export type VersionCount =
  | { readonly status: 'checking' }
  | { readonly status: 'known'; readonly count: number }
  | { readonly status: 'unknown'; readonly message: string };

/** The answer to "and their versions?": delete them too (cascade), or leave those pipelines alone. */
export type CascadeChoice = 'cascade' | 'keep';

export interface DeleteCandidate {
  readonly id: string;
  readonly name: string;
}

export interface DeletePlan {
  /** What the dialog lists and deletes. */
  readonly items: readonly { readonly id: string; readonly label: string }[];
  /** `cascade=true` on every delete call. */
  readonly cascade: boolean;
  /** The selected pipelines that have (or may have) versions: the question is asked when any do. */
  readonly withVersions: readonly DeleteCandidate[];
  /** Versions counted on those pipelines (the unknown ones not included). */
  readonly versionTotal: number;
  /** Why nothing may be deleted yet. */
  readonly blockedBy: string | undefined;
}

function versionsLabel(count: VersionCount | undefined): string {
  if (count === undefined || count.status === 'checking') return '';
  if (count.status === 'unknown') return ' (its versions could not be counted)';
  if (count.count === 0) return '';
  return ` (${count.count} version${count.count === 1 ? '' : 's'})`;
}

/** KFP's UI also treats a pipeline whose versions could not be listed as one that may have some. */
function hasVersions(count: VersionCount | undefined): boolean {
  return (
    count !== undefined &&
    (count.status === 'unknown' || (count.status === 'known' && count.count > 0))
  );
}

/**
 * What deleting the selected pipelines does. KFP ≥ 2.14 deletes a pipeline with its versions only
 * with `cascade=true` and refuses one that still has versions otherwise
 * (backend/src/apiserver/resource/resource_manager.go `DeletePipeline`); KFP's own UI asks the same
 * question after listing one version of each (frontend/src/lib/Buttons.ts).
 */
export function planPipelineDelete(
  selected: readonly DeleteCandidate[],
  counts: ReadonlyMap<string, VersionCount>,
  choice: CascadeChoice | undefined,
): DeletePlan {
  const withVersions = selected.filter((p) => hasVersions(counts.get(p.id)));
  const versionTotal = withVersions.reduce((sum, p) => {
    const count = counts.get(p.id);
    return sum + (count?.status === 'known' ? count.count : 0);
  }, 0);
  const label = (p: DeleteCandidate) => `${p.name}${versionsLabel(counts.get(p.id))}`;
  const all = selected.map((p) => ({ id: p.id, label: label(p) }));
  const checking = selected.some((p) => (counts.get(p.id)?.status ?? 'checking') === 'checking');
  if (checking)
    return {
      items: all,
      cascade: false,
      withVersions,
      versionTotal,
      blockedBy: 'Checking which pipelines have versions…',
    };
  if (withVersions.length === 0)
    return { items: all, cascade: false, withVersions, versionTotal, blockedBy: undefined };
  if (choice === undefined)
    return {
      items: all,
      cascade: false,
      withVersions,
      versionTotal,
      blockedBy: 'Choose what happens to their versions.',
    };
  if (choice === 'cascade')
    return { items: all, cascade: true, withVersions, versionTotal, blockedBy: undefined };
  const kept = new Set(withVersions.map((p) => p.id));
  const items = all.filter((item) => !kept.has(item.id));
  return {
    items,
    cascade: false,
    withVersions,
    versionTotal,
    blockedBy:
      items.length === 0
        ? 'Every selected pipeline has versions: nothing else to delete.'
        : undefined,
  };
}
