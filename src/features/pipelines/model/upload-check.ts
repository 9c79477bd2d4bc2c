import { extractFromTarGz, extractFromZip, type Extracted } from './upload-archive.ts';
import { formatBytes } from '@/lib/format-bytes.ts';
import { MAX_PIPELINE_FILE_BYTES } from './upload-limits.ts';
import { positionText, problem, type FileProblem, type SpecChecker } from './upload-problem.ts';
import { decodePipelineText, startsWith } from './upload-text.ts';

export type FileCheck =
  | {
      readonly ok: true;
      /** KFP v2 IR or an Argo Workflow (kfp 1.x SDK). */
      readonly kind: 'v2' | 'argo';
      /** `pipelineInfo.name` / the workflow's name, when the file has one. */
      readonly pipelineName: string | undefined;
      /** The pipeline file inside an archive. */
      readonly entryName: string | undefined;
    }
  | { readonly ok: false; readonly problem: FileProblem };

const TEXT_NAME = /\.(yaml|yml|json)$/;
const ARCHIVE_NAME = /\.(zip|tar\.gz|tgz)$/i;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP_MAGIC = [0x50, 0x4b, 0x05, 0x06];
const GZIP_MAGIC = [0x1f, 0x8b];

const refuse = (...args: Parameters<typeof problem>): FileCheck => ({
  ok: false,
  problem: problem(...args),
});

function unsupported(name: string): FileCheck {
  if (ARCHIVE_NAME.test(name)) {
    return refuse(
      'archive',
      `${name} is not a valid ${/\.zip$/i.test(name) ? 'zip' : 'tar.gz'} archive.`,
    );
  }
  const upperCase = /\.(yaml|yml|json)$/i.exec(name);
  const hint = upperCase
    ? ` The KFP server only recognises lower-case extensions: rename it to end in ${upperCase[0].toLowerCase()}.`
    : '';
  return refuse(
    'unsupported-type',
    `${name} is not a pipeline file: choose a .yaml, .yml or .json file, or a .zip or .tar.gz archive holding one.${hint}`,
  );
}

async function unpack(name: string, bytes: Uint8Array): Promise<Extracted | undefined> {
  if (TEXT_NAME.test(name)) return { ok: true, entryName: name, bytes };
  // Like the server: archives are told by their content, whatever their name.
  if (startsWith(bytes, ZIP_MAGIC) || startsWith(bytes, EMPTY_ZIP_MAGIC))
    return extractFromZip(bytes);
  if (startsWith(bytes, GZIP_MAGIC)) return extractFromTarGz(bytes);
  return undefined;
}

function withEntry(found: FileProblem, entryName: string | undefined): FileProblem {
  return entryName === undefined
    ? found
    : { ...found, message: `${entryName} (in the archive): ${found.message}`, entryName };
}

/**
 * Everything the browser can check before a pipeline file is sent: size, type, archive contents (one
 * pipeline file, no zip bombs), text not binary, YAML syntax with line and column, and that it is a
 * pipeline at all. `checkSpec` does the last two (the graph feature's parser, handed in by the route).
 */
export async function checkPipelineFile(file: File, checkSpec: SpecChecker): Promise<FileCheck> {
  if (file.size > MAX_PIPELINE_FILE_BYTES) {
    return refuse(
      'too-large',
      `${file.name} is ${formatBytes(file.size)}; the KFP server takes pipeline files of at most ${formatBytes(MAX_PIPELINE_FILE_BYTES)}.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    return refuse(
      'unreadable',
      `${file.name} could not be read (${error instanceof Error ? error.message : String(error)}).`,
    );
  }

  const extracted = await unpack(file.name, bytes);
  if (extracted === undefined) return unsupported(file.name);
  if (!extracted.ok) return { ok: false, problem: extracted.problem };
  const entryName = extracted.entryName === file.name ? undefined : extracted.entryName;

  const decoded = decodePipelineText(extracted.bytes, entryName ?? file.name);
  if (!decoded.ok) return { ok: false, problem: decoded.problem };

  const spec = checkSpec(decoded.text);
  if (spec.ok) return { ok: true, kind: spec.kind, pipelineName: spec.pipelineName, entryName };
  if (spec.problem === 'not-a-pipeline')
    return { ok: false, problem: withEntry(problem('not-a-pipeline', spec.message), entryName) };
  const [first] = spec.issues;
  const where = first ? positionText(first) : '';
  const summary = first
    ? `${where ? `YAML error at ${where}: ` : ''}${first.message}`
    : 'The file is not valid YAML.';
  return {
    ok: false,
    problem: withEntry(problem('yaml', summary, { issues: spec.issues }), entryName),
  };
}
