import { problem, type FileProblem } from './upload-problem.ts';

export type Decoded =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly problem: FileProblem };

/** Well-known binary formats, named in the message so people see what they picked by mistake. */
const SIGNATURES: readonly { readonly bytes: readonly number[]; readonly name: string }[] = [
  { bytes: [0x89, 0x50, 0x4e, 0x47], name: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], name: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], name: 'a GIF image' },
  { bytes: [0x25, 0x50, 0x44, 0x46], name: 'a PDF document' },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], name: 'a program (ELF)' },
  { bytes: [0x50, 0x4b, 0x03, 0x04], name: 'a zip archive' },
  { bytes: [0x1f, 0x8b], name: 'a gzip archive' },
];

/** Where a NUL byte gives a binary file away (like git and grep, only the start is looked at). */
const SNIFF_BYTES = 8000;

export function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

function binary(label: string, bytes: Uint8Array): Decoded {
  const known = SIGNATURES.find((signature) => startsWith(bytes, signature.bytes));
  const what = known ? `${known.name}, not a text file` : 'binary data, not UTF-8 text';
  return {
    ok: false,
    problem: problem('binary', `${label} is ${what}. A pipeline file is YAML or JSON text.`),
  };
}

/** The file's text, or why it is not text: binary data, not UTF-8, or nothing in it. */
export function decodePipelineText(bytes: Uint8Array, label: string): Decoded {
  if (bytes.subarray(0, SNIFF_BYTES).includes(0)) return binary(label, bytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return binary(label, bytes);
  }
  if (text.trim() === '') return { ok: false, problem: problem('empty', `${label} is empty.`) };
  return { ok: true, text };
}
