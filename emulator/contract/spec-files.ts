import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireSharedDir } from '../../scripts/shared-dir.ts';
import { isJsonObject, type JsonObject } from '../lib/json.ts';

/** The three API surfaces in ../shared/kfp-api (DESIGN.md §1). */
export const specNames = ['v1beta1', 'v2beta1', 'v2beta1-tasks'] as const;
export type SpecName = (typeof specNames)[number];

/** One Swagger 2.0 document, e.g. `v2beta1/pipeline.upload.swagger.json`. */
export interface SpecFile {
  /** `<spec>/<file name>`; also the `$id` its definitions are registered under. */
  readonly id: string;
  readonly paths: JsonObject;
  readonly definitions: JsonObject;
}

/**
 * Reads every `*.json` of one spec directory. A spec directory holds the merged single file plus
 * the upload spec (and, for v2beta1-tasks, the artifact spec); an operation described by several
 * files must satisfy all of them.
 */
export function loadSpecFiles(spec: SpecName): SpecFile[] {
  const dir = join(requireSharedDir(), 'kfp-api', spec);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed: unknown = JSON.parse(readFileSync(join(dir, name), 'utf8'));
      const id = `${spec}/${name}`;
      if (!isJsonObject(parsed) || parsed.swagger !== '2.0')
        throw new Error(`${id} is not a Swagger 2.0 document`);
      const { paths, definitions } = parsed;
      if (!isJsonObject(paths) || !isJsonObject(definitions))
        throw new Error(`${id} has no paths or definitions`);
      return { id, paths, definitions };
    });
}
