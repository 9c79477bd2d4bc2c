/**
 * The reader's locale's date formats (DateTime shows them). The first date formatter a page makes
 * loads the locale's and time zone's data (ICU): ~25 ms of main thread on this 2-core machine, about
 * what the rest of the `ui` chunk's evaluation costs. So they are made once, on first use, and the
 * start-up makes them while the page's requests and code are on their way (src/app/start.ts), not
 * while the list's code evaluates or its rows render.
 */
interface DateFormats {
  /** In a cell: "Dec 7, 2026, 9:41 AM". */
  readonly short: Intl.DateTimeFormat;
  /** On hover: the full date and time with its time zone. */
  readonly full: Intl.DateTimeFormat;
  /** Kubernetes times, to the second (events a few seconds apart must read apart): "Dec 7, 09:41:07 AM". */
  readonly seconds: Intl.DateTimeFormat;
}

let formats: DateFormats | undefined;

export function dateFormats(): DateFormats {
  formats ??= {
    short: new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' }),
    full: new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'long' }),
    seconds: new Intl.DateTimeFormat(undefined, {
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    }),
  };
  return formats;
}
