import { generatedBytes, ROW_BYTES } from '../generated-object.ts';
import { int, type ComponentDefinition } from './types.ts';

/** What export_images writes: a 500 MB image index (a generated object) and a small summary. */
export const LARGE_EXPORT_BYTES = 500 * 1024 * 1024;

const decoder = new TextDecoder();

/** export_images(rows: int, images: Output[Dataset], summary: Output[Dataset]) -> int */
export const exportImages: ComponentDefinition = {
  names: ['export-images'],
  functionName: 'export_images',
  packages: ['pandas'],
  failureLine: 4,
  run({ rng, timestamp }) {
    const object = { size: LARGE_EXPORT_BYTES };
    const rows = Math.floor(LARGE_EXPORT_BYTES / ROW_BYTES) - 1;
    const head = decoder.decode(generatedBytes(object, 0, 8 * ROW_BYTES));
    return {
      outputs: { Output: int(rows) },
      files: {
        images: generatedBytes(object, 0, 4096),
        summary: `rows,bytes\n${rows},${LARGE_EXPORT_BYTES}\n\nfirst rows:\n${head}`,
      },
      generatedFiles: { images: object },
      stdout: [
        `${timestamp(0)} INFO Indexing images under /data/images`,
        `${timestamp(4000)} INFO Wrote ${rows} rows (${LARGE_EXPORT_BYTES} bytes)`,
      ],
      workMs: rng.int(5000, 8000),
    };
  },
  injectedFailure: () => ({
    exception: 'OSError',
    message: '[Errno 28] No space left on device',
    frames: [{ line: 0, fn: 'export_images', code: 'df.to_csv(images.path, index=False)' }],
  }),
};
