import { describe, expect, it } from 'vitest';
import { validateExperimentName } from './experiment-name.ts';

describe('validateExperimentName', () => {
  it('needs a name that is not blank', () => {
    expect(validateExperimentName('')).toBe('Enter a name for the experiment.');
    expect(validateExperimentName(' \t ')).toBe('Enter a name for the experiment.');
    expect(validateExperimentName(' yolo training ')).toBeUndefined();
  });

  it('allows 128 bytes, counting non-ASCII letters as the server does', () => {
    expect(validateExperimentName('a'.repeat(128))).toBeUndefined();
    expect(validateExperimentName('a'.repeat(129))).toBe(
      'The name is 129 characters long; KFP takes at most 128 bytes.',
    );
    expect(validateExperimentName('ü'.repeat(65))).toBe(
      'The name is 130 bytes (65 characters) long; KFP takes at most 128 bytes.',
    );
  });
});
