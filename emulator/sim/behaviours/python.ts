/**
 * How Python prints values, so outputs and logs read like a real component's: kfp 1.x serialises
 * outputs with str() (floats as `12.0`, bools as `True`), and print() uses the same repr.
 */
export function pyFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  if (exponent >= -4 && exponent < 16) {
    const text = String(value);
    return Number.isInteger(value) ? `${text}.0` : text;
  }
  const [mantissa = '0', exp = '0'] = value.toExponential().split('e');
  const sign = exp.startsWith('-') ? '-' : '+';
  const digits = exp.replace(/^[+-]/, '').padStart(2, '0');
  return `${mantissa}e${sign}${digits}`;
}

export const pyBool = (value: boolean): string => (value ? 'True' : 'False');

/** Python's `f'{x:.Nf}'`. */
export const fixed = (value: number, digits: number): string => value.toFixed(digits);
