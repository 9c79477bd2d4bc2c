import { Maximize2, X } from 'lucide-react';
import { Dialog } from 'radix-ui';
import type { ReactNode } from 'react';
import { PlotFillContext } from './plot/plot-fill.ts';
import styles from './full-screen.module.css';

export interface FullScreenDialogProps {
  /** The card's title: the dialog's title and part of the button's name. */
  readonly title: string;
  readonly children: ReactNode;
}

/**
 * A card's "Full screen" button and the dialog it opens: the same viewer at the window's size
 * (charts fill it). Focus moves into the dialog and back to the button; Escape closes it.
 */
export function FullScreenDialog({ title, children }: FullScreenDialogProps) {
  return (
    <Dialog.Root>
      <Dialog.Trigger
        className="btn btn--ghost btn--icon"
        aria-label={`Full screen: ${title}`}
        title="Full screen"
      >
        <Maximize2 size={16} aria-hidden="true" />
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        <Dialog.Content className={styles.content} aria-describedby={undefined}>
          <div className={styles.header}>
            <Dialog.Title className={styles.title}>{title}</Dialog.Title>
            <Dialog.Close className="btn btn--ghost btn--icon" aria-label="Close full screen">
              <X size={16} aria-hidden="true" />
            </Dialog.Close>
          </div>
          <div className={styles.body}>
            <PlotFillContext value={true}>{children}</PlotFillContext>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
