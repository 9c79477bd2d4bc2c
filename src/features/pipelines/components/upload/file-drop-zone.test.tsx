import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { FileDropZone } from './file-drop-zone.tsx';

function dataTransfer(files: File[]) {
  return { files, types: ['Files'], dropEffect: 'none' };
}

function renderZone(disabled = false) {
  const received: File[] = [];
  const view = render(
    <FileDropZone
      onFile={(file) => received.push(file)}
      pickLabel="Choose file"
      disabled={disabled}
    />,
  );
  const zone = screen.getByText('Drop a pipeline file here, or').parentElement;
  if (!zone) throw new Error('no drop zone');
  return { ...view, zone, received };
}

describe('FileDropZone', () => {
  it('takes a dropped file and shows where it can be dropped', () => {
    const { zone, received } = renderZone();
    const file = new File(['a: 1'], 'p.yaml');
    fireEvent.dragEnter(zone, { dataTransfer: dataTransfer([file]) });
    expect(zone).toHaveAttribute('data-dragging');
    fireEvent.drop(zone, { dataTransfer: dataTransfer([file]) });
    expect(zone).not.toHaveAttribute('data-dragging');
    expect(received).toEqual([file]);
  });

  it('refuses several files at once', () => {
    const { zone, received } = renderZone();
    fireEvent.drop(zone, {
      dataTransfer: dataTransfer([new File(['a'], 'a.yaml'), new File(['b'], 'b.yaml')]),
    });
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Drop one file at a time (2 were dropped).',
    );
    expect(received).toEqual([]);
  });

  it('takes a picked file from the labelled, keyboard-reachable input', () => {
    const { received } = renderZone();
    const input = screen.getByLabelText('Pipeline file');
    expect(input).toHaveAttribute('accept', '.yaml,.yml,.json,.zip,.tar.gz,.tgz');
    expect(input).toHaveAccessibleDescription(/at most 32 MB/);
    const file = new File(['a: 1'], 'picked.yml');
    fireEvent.change(input, { target: { files: [file] } });
    expect(received).toEqual([file]);
  });

  it('ignores drops while an upload runs', () => {
    const { zone, received } = renderZone(true);
    fireEvent.drop(zone, { dataTransfer: dataTransfer([new File(['a'], 'a.yaml')]) });
    expect(received).toEqual([]);
    expect(screen.getByLabelText('Pipeline file')).toBeDisabled();
  });
});
