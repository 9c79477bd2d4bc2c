import { useId, type ReactNode } from 'react';

/** Spread on an item <button>: the browser hides the popover on click. */
export interface CloseProps {
  readonly popoverTarget: string;
  readonly popoverTargetAction: 'hide';
}

export interface HeaderMenuProps {
  /** Names the anchor in app-shell.css (`theme`, `user`). */
  readonly name: 'theme' | 'user';
  /** Accessible name of the button. */
  readonly label: string;
  readonly button: ReactNode;
  readonly buttonClassName: string;
  /** Receives the props that make an item button close the menu when clicked. */
  readonly children: (closes: CloseProps) => ReactNode;
}

/**
 * A small drop-down in the header, built on the HTML popover attribute: the browser gives it the top
 * layer, Escape and click-outside dismissal, and it costs no JavaScript on the first load (this is the
 * shell of every page; a menu library here counts against the runs list's 200 KB budget).
 */
export function HeaderMenu({ name, label, button, buttonClassName, children }: HeaderMenuProps) {
  const id = useId();
  return (
    <>
      <button
        type="button"
        className={`${buttonClassName} header-menu__trigger--${name}`}
        popoverTarget={id}
        aria-label={label}
        aria-haspopup="true"
      >
        {button}
      </button>
      <div
        id={id}
        popover="auto"
        className={`menu header-menu header-menu--${name}`}
        aria-label={label}
      >
        {children({ popoverTarget: id, popoverTargetAction: 'hide' })}
      </div>
    </>
  );
}
