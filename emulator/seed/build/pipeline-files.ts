import { irYaml } from './kfp2-ir.ts';
import { compileKfp1, toYaml } from './kfp1-workflow.ts';
import { tutorialPipelines } from './tutorial-pipelines.ts';
import { qualityMeta, qualityPipeline } from './v2-quality-pipeline.ts';
import { trainingMeta, trainingPipeline } from './v2-training-pipeline.ts';

/** The seed's pipeline files (emulator/seed/pipelines/<name>.yaml) and their content. */
export function pipelineFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const pipeline of tutorialPipelines)
    files[`${pipeline.name}.yaml`] = toYaml(compileKfp1(pipeline));
  files['training-with-metrics.yaml'] = irYaml(trainingPipeline(), trainingMeta);
  files['data-quality-report.yaml'] = irYaml(qualityPipeline(), qualityMeta);
  return files;
}
