import { CircleCheck, CircleX, LoaderCircle } from 'lucide-react';
import type { FileCheck } from '../../model/upload-check.ts';
import { formatBytes } from '@/lib/format-bytes.ts';
import { positionText, type ProblemKind } from '../../model/upload-problem.ts';
import styles from './upload.module.css';

const TITLES: Record<ProblemKind, string> = {
  'too-large': 'The file is too large',
  'unsupported-type': 'Not a pipeline file type',
  unreadable: 'The file could not be read',
  archive: 'The archive cannot be used',
  'zip-bomb': 'The archive unpacks to too much data',
  binary: 'Not a text file',
  empty: 'The file is empty',
  yaml: 'The file is not valid YAML',
  'not-a-pipeline': 'Not a pipeline',
};

const KINDS = { v2: 'KFP v2 pipeline', argo: 'KFP v1 pipeline (Argo Workflow)' } as const;
const MAX_ISSUES = 5;

export interface FileCheckStatusProps {
  readonly file: File;
  /** Undefined while the check runs. */
  readonly check: FileCheck | undefined;
  readonly onRemove: () => void;
  readonly disabled?: boolean;
}

/** The chosen file: checking, accepted (what kind of pipeline), or refused with the reason and YAML positions. */
export function FileCheckStatus({ file, check, onRemove, disabled }: FileCheckStatusProps) {
  const tone = check === undefined ? 'busy' : check.ok ? 'ok' : 'error';
  const Icon = check === undefined ? LoaderCircle : check.ok ? CircleCheck : CircleX;
  // The first YAML error is in the message; the others are listed under it.
  const more = check?.ok === false ? (check.problem.issues ?? []).slice(1) : [];
  return (
    <div className={styles.fileCard} data-tone={tone}>
      <Icon size={20} aria-hidden className={check === undefined ? styles.spin : undefined} />
      <div className={styles.fileBody} role={check?.ok === false ? 'alert' : 'status'}>
        <span className={styles.fileName}>
          {file.name} <span className={styles.optional}>{formatBytes(file.size)}</span>
        </span>
        {check === undefined && <span>Checking the file…</span>}
        {check?.ok === true && (
          <span>
            {KINDS[check.kind]}
            {check.pipelineName !== undefined && <> “{check.pipelineName}”</>}
            {check.entryName !== undefined && <> — {check.entryName} in the archive</>}. Ready to
            upload.
          </span>
        )}
        {check?.ok === false && (
          <>
            <strong>{TITLES[check.problem.kind]}</strong>
            <span>{check.problem.message}</span>
            {more.length > 0 && (
              <ul className={styles.issues} aria-label="More YAML errors">
                {more.slice(0, MAX_ISSUES).map((issue) => (
                  <li key={`${issue.line}:${issue.column}:${issue.message}`}>
                    {positionText(issue) ? `Line ${issue.line}, column ${issue.column}: ` : ''}
                    {issue.message}
                  </li>
                ))}
                {more.length > MAX_ISSUES && <li>… and {more.length - MAX_ISSUES} more</li>}
              </ul>
            )}
          </>
        )}
      </div>
      <button type="button" className="btn btn--ghost" onClick={onRemove} disabled={disabled}>
        Remove
      </button>
    </div>
  );
}
