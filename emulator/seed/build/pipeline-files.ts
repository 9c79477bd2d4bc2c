import { irYaml } from './kfp2-ir.ts';
import { largeExportMeta, largeExportPipeline } from './v2-large-export-pipeline.ts';
import { qualityMeta, qualityPipeline } from './v2-quality-pipeline.ts';
import { trainingMeta, trainingPipeline } from './v2-training-pipeline.ts';

/**
 * The seed's own generated pipeline files (emulator/seed/pipelines/<name>.yaml) and their content.
 * The tutorial's pipelines there are not generated: the real kfp SDKs compile them (sdk/).
 */
export function pipelineFiles(): Record<string, string> {
  return {
    'training-with-metrics.yaml': irYaml(trainingPipeline(), trainingMeta),
    'data-quality-report.yaml': irYaml(qualityPipeline(), qualityMeta),
    'large-dataset-export.yaml': irYaml(largeExportPipeline(), largeExportMeta),
  };
}
