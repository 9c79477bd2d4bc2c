import { pipelineSpec, pythonComponents, task, type V2Component } from './kfp2-ir.ts';

/**
 * One task writing a 500 MB Dataset: the emulator generates that file when it is read (never held
 * in memory), to show size-gated previews, the full view's limit and downloads of large artifacts.
 */
const exportImages: V2Component = {
  functionName: 'export_images',
  packages: ['pandas'],
  source: `@dsl.component(packages_to_install=['pandas'])
def export_images(images: Output[Dataset], summary: Output[Dataset]) -> int:
    import pandas as pd
    df = index_images('/data/images')
    df.to_csv(images.path, index=False)
    with open(summary.path, 'w') as f:
        f.write(f'rows,bytes\\n{len(df)},{os.path.getsize(images.path)}\\n')
    return len(df)`,
  outputs: {
    artifacts: { images: 'system.Dataset', summary: 'system.Dataset' },
    parameters: { Output: 'NUMBER_INTEGER' },
  },
};

export const largeExportMeta = {
  name: 'large-dataset-export',
  description: 'Indexes an image folder into a 500 MB CSV (a Dataset) and writes a short summary.',
  inputs: {},
};

export function largeExportPipeline() {
  const python = pythonComponents([exportImages]);
  return pipelineSpec({
    ...largeExportMeta,
    components: python.components,
    executors: python.executors,
    tasks: { 'export-images': task('export-images', 'comp-export-images') },
  });
}
