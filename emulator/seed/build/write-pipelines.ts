import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { pipelineFiles } from './pipeline-files.ts';

/** Regenerates emulator/seed/pipelines/*.yaml: `npx tsx emulator/seed/build/write-pipelines.ts`. */
const dir = fileURLToPath(new URL('../pipelines/', import.meta.url));
for (const [name, content] of Object.entries(pipelineFiles())) {
  writeFileSync(`${dir}${name}`, content);
  console.log(`wrote ${dir}${name} (${content.length} bytes)`);
}
