import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { MarkdownViewer } from './markdown-viewer.tsx';

describe('MarkdownViewer', () => {
  it('renders markdown; links open in a new tab without the opener', () => {
    render(
      <MarkdownViewer
        config={{ type: 'markdown', markdown: '# Title\n[some link here](http://example.com)' }}
      />,
    );
    expect(screen.getByRole('heading', { level: 1, name: 'Title' })).toBeInTheDocument();
    const link = screen.getByRole('link', { name: 'some link here' });
    expect(link).toHaveAttribute('href', 'http://example.com');
    expect(link).toHaveAttribute('target', '_blank');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('never renders raw HTML: it shows as text', () => {
    const { container } = render(
      <MarkdownViewer
        config={{
          type: 'markdown',
          markdown: 'before <img src=x onerror="alert(1)"> <script>alert(2)</script> after',
        }}
      />,
    );
    expect(container.querySelector('img, script')).toBeNull();
    expect(container).toHaveTextContent('<img src=x onerror="alert(1)">');
  });

  it('renders GitHub-flavoured tables (model cards)', () => {
    render(
      <MarkdownViewer
        config={{ type: 'markdown', markdown: '| field | value |\n|---|---|\n| accuracy | 0.9 |' }}
      />,
    );
    expect(screen.getByRole('columnheader', { name: 'field' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'accuracy 0.9' })).toBeInTheDocument();
  });

  it('drops javascript: URLs', () => {
    render(
      <MarkdownViewer config={{ type: 'markdown', markdown: '[click](javascript:alert(1))' }} />,
    );
    const link = screen.getByText('click');
    expect(link.getAttribute('href') ?? '').not.toMatch(/javascript/i);
  });
});

describe('MarkdownViewer images', () => {
  const png = 'data:image/png;base64,iVBORw0KGgo=';

  it('shows images from this origin and data: images', () => {
    render(
      <MarkdownViewer
        config={{ type: 'markdown', markdown: `![local](/plots/a.png) ![inline](${png})` }}
      />,
    );
    expect(screen.getByRole('img', { name: 'local' })).toHaveAttribute('src', '/plots/a.png');
    expect(screen.getByRole('img', { name: 'inline' })).toHaveAttribute('src', png);
  });

  it('loads no image from another host: a link opens it, behind a click', () => {
    const { container } = render(
      <MarkdownViewer
        config={{
          type: 'markdown',
          markdown: '![pixel](https://tracker.example/p.gif?who=me) ![bad](javascript:alert(1))',
        }}
      />,
    );
    expect(container.querySelector('img')).toBeNull();
    const link = screen.getByRole('link', { name: /Open image “pixel” from tracker\.example/ });
    expect(link).toHaveAttribute('href', 'https://tracker.example/p.gif?who=me');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
    expect(container.innerHTML).not.toContain('javascript:');
  });
});
