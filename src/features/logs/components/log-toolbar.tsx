import { ArrowDownToLine, Download, Link, TextWrap, TriangleAlert } from 'lucide-react';
import type { LogProblem } from '../model/problems.ts';
import styles from './log-viewer.module.css';

export interface LogToolbarProps {
  readonly lineCount: number;
  readonly running: boolean;
  readonly following: boolean;
  readonly onFollow: () => void;
  readonly wrap: boolean;
  readonly onWrapChange: (wrap: boolean) => void;
  readonly problem: LogProblem | undefined;
  readonly onJumpToProblem: () => void;
  readonly selectedLine: number | undefined;
  readonly onCopyLink: () => void;
  readonly onDownload: () => void;
}

const number = new Intl.NumberFormat('en-US');

export function LogToolbar(props: LogToolbarProps) {
  const { lineCount, running, following, wrap, problem, selectedLine } = props;
  const small = `btn ${styles['btn-small']}`;
  return (
    <div className={styles.bar} role="toolbar" aria-label="Log actions">
      <span className={styles.note}>
        {number.format(lineCount)} {lineCount === 1 ? 'line' : 'lines'}
        {running ? ' · running' : ''}
      </span>
      <span className={styles.spacer} />
      {running ? (
        <button
          type="button"
          className={`${small} ${styles.toggle}`}
          aria-pressed={following}
          title="Keep showing the newest lines as they arrive"
          onClick={props.onFollow}
        >
          <ArrowDownToLine size={16} aria-hidden="true" />
          Follow
        </button>
      ) : null}
      <button
        type="button"
        className={`${small} ${styles.toggle}`}
        aria-pressed={wrap}
        onClick={() => props.onWrapChange(!wrap)}
      >
        <TextWrap size={16} aria-hidden="true" />
        Wrap lines
      </button>
      <button
        type="button"
        className={small}
        disabled={problem === undefined}
        title={
          problem === undefined
            ? 'No traceback or error line in this log'
            : `Line ${number.format(problem.line + 1)}: the first ${problem.kind === 'traceback' ? 'Python traceback' : 'error line'}`
        }
        onClick={props.onJumpToProblem}
      >
        <TriangleAlert size={16} aria-hidden="true" />
        Jump to error
      </button>
      <button
        type="button"
        className={small}
        disabled={selectedLine === undefined}
        title={
          selectedLine === undefined
            ? 'Select a line by its number first'
            : `Copy a link to line ${number.format(selectedLine)}`
        }
        onClick={props.onCopyLink}
      >
        <Link size={16} aria-hidden="true" />
        Copy line link
      </button>
      <button type="button" className={small} onClick={props.onDownload}>
        <Download size={16} aria-hidden="true" />
        Download
      </button>
    </div>
  );
}
