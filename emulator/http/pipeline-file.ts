import { Gunzip, unzipSync } from 'fflate';
import { parseTar } from 'nanotar';
import { ApiError, GrpcCode, badRequest } from '../lib/errors.ts';

/** The API server's file limit (common.MaxFileLength): 32 MB. */
export const maxPipelineFileBytes = 32 * 1024 * 1024;

const isYamlName = (name: string) => name.endsWith('.yaml') || name.endsWith('.yml');
const isZip = (bytes: Uint8Array) => bytes.length > 2 && bytes[0] === 0x50 && bytes[1] === 0x4b;
const isGzip = (bytes: Uint8Array) => bytes.length > 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;

const fail = (reason: string) => badRequest(`Failed to read a pipeline spec file: ${reason}`);

export function tooLargeError(): ApiError {
  return new ApiError(
    GrpcCode.ResourceExhausted,
    `Failed to read a pipeline spec file: File size too large. Maximum supported size: ${maxPipelineFileBytes} bytes (32 MB)`,
  );
}

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw fail('the pipeline file is not UTF-8 text');
  }
}

/** Inflated bytes an archive may produce in all (the file limit plus room for tar headers). */
export const maxInflatedBytes = maxPipelineFileBytes + 1024 * 1024;

interface Entry {
  readonly name: string;
}

/** Inside an archive: `pipeline.yaml` if present, else the first entry, which must be YAML. */
function pick<T extends Entry>(entries: readonly T[], kind: string): T {
  const files = entries.filter((e) => !e.name.endsWith('/'));
  const chosen = files.find((e) => e.name === 'pipeline.yaml') ?? files[0];
  if (!chosen) throw fail(`Error extracting pipeline from the ${kind} file. Empty ${kind} file`);
  if (!isYamlName(chosen.name)) {
    throw fail(
      `Error extracting pipeline from the ${kind} file. Expecting a pipeline.yaml file inside the ${kind}. Got: ${chosen.name}`,
    );
  }
  return chosen;
}

/**
 * Only the chosen entry is inflated, like the server's DecompressPipelineZip: a first pass reads the directory
 * (no inflating), the second inflates that one entry into a buffer of its declared size, so a lying header
 * cannot make it grow.
 */
function fromZip(bytes: Uint8Array): Uint8Array {
  const listed: { name: string; size: number }[] = [];
  const unzip = (filter: (file: { name: string; originalSize: number }) => boolean) => {
    try {
      return unzipSync(bytes, { filter });
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw fail('Error extracting pipeline from the zip file. Not a valid zip file');
    }
  };
  unzip((file) => {
    listed.push({ name: file.name, size: file.originalSize });
    return false;
  });
  const chosen = pick(listed, 'zip');
  if (chosen.size > maxPipelineFileBytes) throw tooLargeError();
  const data = unzip((file) => file.name === chosen.name)[chosen.name];
  if (!data) throw fail('Error extracting pipeline from the zip file. Not a valid zip file');
  return data;
}

/** Inflates a gzip stream in slices, stopping as soon as the output passes `maxInflatedBytes`. */
function gunzipBounded(bytes: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  const gunzip = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > maxInflatedBytes) throw tooLargeError();
    parts.push(chunk);
  });
  const slice = 64 * 1024;
  for (let at = 0; at < bytes.length; at += slice)
    gunzip.push(bytes.subarray(at, at + slice), at + slice >= bytes.length);
  const out = new Uint8Array(total);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

function fromTarGz(bytes: Uint8Array): Uint8Array {
  let entries: { name: string; data: Uint8Array }[];
  try {
    entries = parseTar(gunzipBounded(bytes))
      .filter((e) => e.type === 'file' || e.type === undefined)
      .map((e) => ({ name: e.name, data: e.data ?? new Uint8Array() }));
  } catch (error) {
    if (error instanceof ApiError) throw error;
    throw fail('Error extracting pipeline from the tarball file. Not a valid tarball file');
  }
  return pick(entries, 'tarball').data;
}

/**
 * Like the server's ReadPipelineFile: `.yaml`/`.yml`/`.json` by name, zip and tar.gz by content
 * (the pipeline.yaml entry, else the first entry); anything else is refused.
 */
export function readPipelineFile(fileName: string, bytes: Uint8Array): string {
  if (bytes.length > maxPipelineFileBytes) throw tooLargeError();
  let content: Uint8Array;
  if (isYamlName(fileName) || fileName.endsWith('.json')) content = bytes;
  else if (isZip(bytes)) content = fromZip(bytes);
  else if (isGzip(bytes)) content = fromTarGz(bytes);
  else throw fail('Unexpected pipeline file format. Support .zip, .tar.gz, .json or YAML');
  if (content.length > maxPipelineFileBytes) throw tooLargeError();
  return decode(content);
}

/**
 * The name a pipeline or version gets from its file when neither name nor display name is given:
 * the file's base name, extension included (buildPipelineName in
 * backend/src/apiserver/server/pipeline_server.go returns the multipart file name as it is).
 */
export function nameFromFile(fileName: string): string {
  return fileName.split(/[\\/]/).pop() ?? fileName;
}
