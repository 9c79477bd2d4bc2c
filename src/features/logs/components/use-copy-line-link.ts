import { useState } from 'react';

/** "Copy line link": puts the absolute URL of a line on the clipboard and says what happened. */
export function useCopyLineLink(lineHref: (line: number) => string) {
  const [message, setMessage] = useState('');
  return {
    /** The outcome of the last copy, for a polite live region. */
    message,
    copy: (line: number) => {
      const url = new URL(lineHref(line), window.location.href).href;
      // navigator.clipboard is missing outside secure contexts: that rejects like a refused copy.
      Promise.resolve()
        .then(() => navigator.clipboard.writeText(url))
        .then(
          () => setMessage(`Copied a link to line ${String(line)}.`),
          () => setMessage(`Could not copy the link. It is ${url}`),
        );
    },
  };
}
