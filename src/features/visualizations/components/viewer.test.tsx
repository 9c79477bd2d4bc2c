import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { makeRocCurve } from '../model/build-roc.ts';
import type { ViewerConfig, ViewerType } from '../model/viewer-config.ts';
import { VIEWERS } from './registry.ts';
import { Viewer, ViewerCard } from './viewer.tsx';

const curve = makeRocCurve(
  'roc.csv',
  [
    { fpr: 0, tpr: 0, threshold: 1 },
    { fpr: 1, tpr: 1, threshold: 0 },
  ],
  false,
);

describe('viewer registry', () => {
  it('has a viewer for every config type', () => {
    const types: ViewerType[] = [
      'web-app',
      'roc',
      'confusion-matrix',
      'table',
      'markdown',
      'tensorboard',
      'metrics',
      'error',
    ];
    expect(Object.keys(VIEWERS).sort()).toEqual([...types].sort());
  });

  it('ViewerCard titles a viewer by its config, else by its type', () => {
    const { rerender } = render(
      <ViewerCard config={{ type: 'markdown', markdown: 'x', title: 'notes.md' }} />,
    );
    // A titled card also names its kind: one artifact can give several cards.
    expect(
      screen.getByRole('heading', { level: 3, name: 'notes.md · Markdown' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'notes.md · Markdown' })).toBeInTheDocument();
    rerender(<ViewerCard config={{ type: 'metrics', scalars: [] }} headingLevel={2} />);
    expect(screen.getByRole('region', { name: 'Metrics' })).toContainElement(
      screen.getByRole('heading', { level: 2, name: 'Metrics' }),
    );
  });
});

describe('Viewer', () => {
  it('ROC: a chart placeholder labelled with the curves (plotly not loaded until in view) and the AUC table', () => {
    render(<Viewer config={{ type: 'roc', curves: [curve] }} />);
    expect(screen.getByRole('img', { name: 'ROC curve: roc.csv, AUC 0.500' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'roc.csv 0.500 2' })).toBeInTheDocument();
  });

  it('confusion matrix: chart placeholder and the counts as a table', () => {
    render(
      <Viewer
        config={{
          type: 'confusion-matrix',
          labels: ['cat', 'dog'],
          matrix: [
            [5, 2],
            [1, 7],
          ],
          axes: ['target', 'predicted'],
        }}
      />,
    );
    expect(
      screen.getByRole('img', { name: 'Confusion matrix of 2 classes: target by predicted' }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Normalise by row' }));
    expect(
      screen.getByRole('img', {
        name: 'Confusion matrix of 2 classes: target by predicted, normalised by row',
      }),
    ).toBeInTheDocument();
    fireEvent.click(screen.getByText('Show as a table'));
    expect(screen.getByRole('row', { name: 'cat 5 2' })).toBeInTheDocument();
    expect(screen.getByRole('row', { name: 'dog 1 7' })).toBeInTheDocument();
  });

  it('table: passes "load all" through', () => {
    const onLoadAll = vi.fn();
    render(
      <Viewer
        config={{ type: 'table', header: ['a'], rows: [['1']], truncated: true }}
        onLoadAll={onLoadAll}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Load all' }));
    expect(onLoadAll).toHaveBeenCalledOnce();
  });

  it('tensorboard: the log dirs and image', () => {
    render(
      <Viewer
        config={{
          type: 'tensorboard',
          logDirs: ['gs://b/train', 'eval:gs://b/eval'],
          image: 'tensorflow/tensorflow:2.15.0',
        }}
      />,
    );
    expect(
      screen.getAllByRole('listitem').map((item) => item.firstElementChild?.textContent),
    ).toEqual(['gs://b/train', 'eval:gs://b/eval']);
    expect(screen.getByText('tensorflow/tensorflow:2.15.0')).toBeInTheDocument();
  });

  it('error: the message naming the problem, as an alert', () => {
    const config: ViewerConfig = {
      type: 'error',
      outputType: 'confusion matrix',
      message: 'confusion matrix: 3 labels need 9 rows, got 8',
    };
    render(<Viewer config={config} />);
    expect(screen.getByRole('alert')).toHaveTextContent('Cannot show this confusion matrix');
    expect(screen.getByRole('alert')).toHaveTextContent(
      'confusion matrix: 3 labels need 9 rows, got 8',
    );
  });

  it('web-app, markdown and metrics through the registry', () => {
    render(
      <>
        <Viewer config={{ type: 'web-app', html: '<p>x</p>', title: 'page' }} />
        <Viewer config={{ type: 'markdown', markdown: '**bold**' }} />
        <Viewer
          config={{ type: 'metrics', scalars: [{ name: 'acc', value: 0.5, format: 'PERCENTAGE' }] }}
        />
      </>,
    );
    expect(screen.getByTitle('page')).toHaveAttribute('sandbox', 'allow-scripts');
    expect(screen.getByText('bold').tagName).toBe('STRONG');
    expect(screen.getByRole('row', { name: 'acc 50.000%' })).toBeInTheDocument();
  });
});
