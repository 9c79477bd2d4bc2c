/**
 * Generates the ML Metadata TypeScript (messages + the MetadataStoreService descriptor) from the
 * official .proto files in ../shared/kfp-api/mlmd with buf + protoc-gen-es. The output is
 * committed (src/lib/mlmd/gen); run `npm run gen:mlmd` after the protos change.
 *
 * The protos import each other as `ml_metadata/proto/…`, so they are laid out that way in a
 * temporary folder (never inside the project).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const source = resolve(root, '../shared/kfp-api/mlmd');
const out = join(root, 'src/lib/mlmd/gen');
const files = ['metadata_store.proto', 'metadata_store_service.proto'];

for (const file of files) {
  if (!existsSync(join(source, file))) {
    throw new Error(`${join(source, file)} is missing: ../shared must sit beside the project`);
  }
}

const work = mkdtempSync(join(tmpdir(), 'gen-mlmd-'));
try {
  const protoDir = join(work, 'ml_metadata/proto');
  mkdirSync(protoDir, { recursive: true });
  for (const file of files) copyFileSync(join(source, file), join(protoDir, file));
  writeFileSync(join(work, 'buf.yaml'), 'version: v2\n');
  const template = {
    version: 'v2',
    plugins: [
      {
        local: join(root, 'node_modules/.bin/protoc-gen-es'),
        out,
        opt: ['target=ts', 'import_extension=ts'],
      },
    ],
  };
  rmSync(out, { recursive: true, force: true });
  execFileSync(
    join(root, 'node_modules/.bin/buf'),
    ['generate', '--template', JSON.stringify(template)],
    { cwd: work, stdio: 'inherit' },
  );
  console.log(`generated ${out}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
