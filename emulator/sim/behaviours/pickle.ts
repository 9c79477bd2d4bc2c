/** Python values a pickle can hold here. */
export type PickleValue =
  string | number | readonly PickleValue[] | { readonly [key: string]: PickleValue };

/**
 * Serialises like `pickle.dumps(value, protocol=0)`: the text protocol, which every Python
 * reads back with pickle.load. Numbers are written as floats.
 */
export function pickleProtocol0(value: PickleValue): string {
  let memo = 0;
  const put = () => `p${memo++}\n`;
  const write = (v: PickleValue): string => {
    if (typeof v === 'string')
      return `V${v.replace(/\\/g, '\\u005c').replace(/\n/g, '\\u000a')}\n${put()}`;
    if (typeof v === 'number') return `F${Number.isInteger(v) ? v.toFixed(1) : String(v)}\n`;
    if (isList(v)) return `(l${put()}${v.map((item) => `${write(item)}a`).join('')}`;
    return `(d${put()}${Object.entries(v)
      .map(([key, item]) => `${write(key)}${write(item)}s`)
      .join('')}`;
  };
  return `${write(value)}.`;
}

function isList(v: PickleValue): v is readonly PickleValue[] {
  return Array.isArray(v);
}
