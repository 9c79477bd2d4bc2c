import Markdown, { type Components } from 'react-markdown';
import remarkGfm from 'remark-gfm';
import type { MarkdownConfig } from '../model/viewer-config.ts';
import { MarkdownImage, markdownUrlTransform } from './markdown-image.tsx';
import styles from './viewers.module.css';

/** GitHub-flavoured markdown: tables (model cards, reports), strikethrough, task lists, autolinks. */
const remarkPlugins = [remarkGfm];

/** Links open in a new tab, without handing the opener over; images load only from this origin or data:. */
const components: Components = {
  a: ({ node: _node, ...props }) => <a {...props} target="_blank" rel="noopener noreferrer" />,
  img: MarkdownImage,
};

/**
 * Markdown without raw HTML: HTML in the source shows as text (react-markdown turns raw nodes into text
 * unless a raw plugin is added, and none is), and dangerous URLs are dropped by its default urlTransform.
 */
export function MarkdownViewer({ config }: { config: MarkdownConfig }) {
  return (
    <div className={styles.markdown}>
      <Markdown
        components={components}
        remarkPlugins={remarkPlugins}
        urlTransform={markdownUrlTransform}
      >
        {config.markdown}
      </Markdown>
    </div>
  );
}
