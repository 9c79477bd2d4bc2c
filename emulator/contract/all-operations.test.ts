import { describe, expect, it } from 'vitest';
import { loadSpecFiles, specNames } from './spec-files.ts';
import { validateResponse } from './validate-response.ts';
import { isJsonObject } from '../lib/json.ts';

describe('every operation of every spec', () => {
  for (const spec of specNames) {
    it(`${spec}: each 200 schema compiles and each operation is found by its own path`, () => {
      let checked = 0;
      for (const file of loadSpecFiles(spec)) {
        for (const [template, item] of Object.entries(file.paths)) {
          if (!isJsonObject(item)) continue;
          for (const method of Object.keys(item).filter((key) => key !== 'parameters')) {
            const path = template.replace(/\{[^}]+\}/g, 'some-id');
            const result = validateResponse(spec, method, path, 200, {});
            // `{}` is a valid protobuf JSON message of every type (all fields absent).
            expect(result, `${method} ${template}`).toEqual({ ok: true });
            checked += 1;
          }
        }
      }
      expect(checked).toBeGreaterThan(20);
    });
  }
});
