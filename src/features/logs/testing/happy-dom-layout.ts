/**
 * For component tests only (never imported by app code). happy-dom has no layout, so a virtualized
 * list would render no rows: this gives elements the sizes a browser would — a 400 px high viewport,
 * 20 px rows, a scroll height from the list's inline height — and makes scrollTo fire a scroll event,
 * as @tanstack/react-virtual's docs suggest for DOM emulators. Returns the undo.
 */
export function mockLayout(): () => void {
  const undo: (() => void)[] = [];
  const mock = (name: string, descriptor: PropertyDescriptor) => {
    const original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, name);
    Object.defineProperty(HTMLElement.prototype, name, { configurable: true, ...descriptor });
    undo.push(() => {
      if (original) Object.defineProperty(HTMLElement.prototype, name, original);
      else Reflect.deleteProperty(HTMLElement.prototype, name);
    });
  };
  mock('clientHeight', { get: () => 400 });
  mock('clientWidth', { get: () => 800 });
  mock('offsetHeight', { get: () => 20 });
  mock('scrollHeight', {
    get(this: HTMLElement) {
      const inner = this.firstElementChild;
      return inner instanceof HTMLElement ? Number.parseFloat(inner.style.height) || 0 : 0;
    },
  });
  mock('scrollTo', {
    value(this: HTMLElement, options?: ScrollToOptions) {
      if (options?.top !== undefined) this.scrollTop = options.top;
      this.dispatchEvent(new Event('scroll'));
    },
  });
  return () => {
    for (const step of undo.reverse()) step();
  };
}
