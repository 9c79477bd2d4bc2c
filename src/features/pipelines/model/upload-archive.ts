import { unzipSync, type UnzipFileInfo } from 'fflate';
import { parseTar } from 'nanotar';
import { formatBytes } from '@/lib/format-bytes.ts';
import { MAX_PIPELINE_FILE_BYTES } from './upload-limits.ts';
import { problem, type FileProblem } from './upload-problem.ts';

export type Extracted =
  | { readonly ok: true; readonly entryName: string; readonly bytes: Uint8Array }
  | { readonly ok: false; readonly problem: FileProblem };

type ArchiveKind = 'zip' | 'tar.gz';

/** The server reads `pipeline.yaml` from an archive, else its first file (directories aside), which must be YAML. */
const SERVER_ENTRY = 'pipeline.yaml';
/** Tar headers and padding on top of the file contents. */
const TAR_OVERHEAD = 1024 * 1024;

const isYamlName = (name: string) => name.endsWith('.yaml') || name.endsWith('.yml');
const fail = (...args: Parameters<typeof problem>): Extracted => ({
  ok: false,
  problem: problem(...args),
});

function listOf(names: readonly string[]): string {
  const shown = names.slice(0, 5).join(', ');
  return names.length > 5 ? `${shown} and ${names.length - 5} more` : shown;
}

/** `size`: what it unpacks to, e.g. "1 GB" or "more than 33 MB". */
function bombProblem(archive: ArchiveKind, size: string): Extracted {
  return fail(
    'zip-bomb',
    `The ${archive} archive would unpack to ${size}, more than the ${formatBytes(MAX_PIPELINE_FILE_BYTES)} a pipeline may have; it is refused unopened.`,
  );
}

/**
 * The one entry the server will read. The archive must hold exactly one YAML file, and it must be the
 * one the server picks: named pipeline.yaml, or the archive's first file.
 */
export function chooseEntry(
  fileNames: readonly string[],
  archive: ArchiveKind,
): { readonly ok: true; readonly name: string } | Extract<Extracted, { ok: false }> {
  const [first] = fileNames;
  if (first === undefined)
    return { ok: false, problem: problem('archive', `The ${archive} archive is empty.`) };
  const yamlFiles = fileNames.filter(isYamlName);
  const [only, ...others] = yamlFiles;
  if (only === undefined) {
    return {
      ok: false,
      problem: problem(
        'archive',
        `The ${archive} archive holds no pipeline file (.yaml or .yml), only ${listOf(fileNames)}.`,
      ),
    };
  }
  if (others.length > 0) {
    return {
      ok: false,
      problem: problem(
        'archive',
        `The ${archive} archive holds ${yamlFiles.length} YAML files (${listOf(yamlFiles)}); it must hold exactly one pipeline file.`,
      ),
    };
  }
  if (only !== SERVER_ENTRY && only !== first) {
    return {
      ok: false,
      problem: problem(
        'archive',
        `The KFP server reads ${SERVER_ENTRY} from an archive, or else its first file, which here is ${first}. Rename ${only} to ${SERVER_ENTRY}, or put it first.`,
      ),
    };
  }
  return { ok: true, name: only };
}

/**
 * Lists a zip's central directory without inflating anything, refuses it when the declared sizes add up
 * to more than 32 MB, then inflates only the pipeline file. fflate inflates into a buffer of the declared
 * size, so a lying header cannot make it allocate more.
 */
export function extractFromZip(bytes: Uint8Array): Extracted {
  const listing: UnzipFileInfo[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        listing.push(file);
        return false;
      },
    });
  } catch {
    return fail('archive', 'The file is not a valid zip archive.');
  }
  const files = listing.filter((file) => !file.name.endsWith('/'));
  const declared = files.reduce((sum, file) => sum + file.originalSize, 0);
  if (declared > MAX_PIPELINE_FILE_BYTES) return bombProblem('zip', formatBytes(declared));

  const chosen = chooseEntry(
    files.map((file) => file.name),
    'zip',
  );
  if (!chosen.ok) return chosen;
  try {
    const data = unzipSync(bytes, { filter: (file) => file.name === chosen.name })[chosen.name];
    if (data === undefined)
      return fail('archive', `${chosen.name} could not be found in the zip archive.`);
    return { ok: true, entryName: chosen.name, bytes: data };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return fail(
      'archive',
      `${chosen.name} could not be unpacked from the zip archive (${reason}).`,
      { entryName: chosen.name },
    );
  }
}

class TooLarge extends Error {}

/** Inflates gzip with the browser's DecompressionStream, stopping as soon as `limit` bytes are exceeded. */
async function gunzip(bytes: Uint8Array, limit: number): Promise<Uint8Array> {
  const copy = new Uint8Array(bytes);
  const reader = new Blob([copy]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel();
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** A tar header's checksum: the sum of its 512 bytes with the checksum field counted as spaces. */
function isTarHeader(tar: Uint8Array): boolean {
  if (tar.length < 512) return false;
  const stored = Number.parseInt(
    new TextDecoder().decode(tar.subarray(148, 156)).replace(/\0.*$/s, '').trim(),
    8,
  );
  let sum = 0;
  for (let i = 0; i < 512; i += 1) sum += i >= 148 && i < 156 ? 0x20 : (tar[i] ?? 0);
  return stored === sum;
}

/**
 * A gzip-compressed tar. Inflating stops as soon as it passes 32 MB (plus tar headers): the size in the
 * gzip trailer cannot be trusted before the data is checked (it is modulo 4 GB, and garbage when truncated).
 */
export async function extractFromTarGz(bytes: Uint8Array): Promise<Extracted> {
  const notTarGz = () =>
    fail('archive', 'The file is not a valid tar.gz archive (gzip-compressed tar).');
  if (bytes.length < 18 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return notTarGz();
  const limit = MAX_PIPELINE_FILE_BYTES + TAR_OVERHEAD;
  let tar: Uint8Array;
  try {
    tar = await gunzip(bytes, limit);
  } catch (error) {
    if (!(error instanceof TooLarge)) return notTarGz();
    // The trailer's size (modulo 4 GB) is only trusted for the message: inflating stopped at the limit anyway.
    const declared = new DataView(bytes.buffer, bytes.byteOffset + bytes.length - 4, 4).getUint32(
      0,
      true,
    );
    return bombProblem(
      'tar.gz',
      declared > limit ? formatBytes(declared) : `more than ${formatBytes(limit)}`,
    );
  }
  if (!isTarHeader(tar)) return notTarGz();
  const files = parseTar(tar).filter(
    (entry) => (entry.type === 'file' || entry.type === undefined) && !entry.name.endsWith('/'),
  );
  const total = files.reduce((sum, entry) => sum + entry.size, 0);
  if (total > MAX_PIPELINE_FILE_BYTES) return bombProblem('tar.gz', formatBytes(total));

  const chosen = chooseEntry(
    files.map((entry) => entry.name),
    'tar.gz',
  );
  if (!chosen.ok) return chosen;
  const entry = files.find((file) => file.name === chosen.name);
  return { ok: true, entryName: chosen.name, bytes: entry?.data ?? new Uint8Array() };
}
