import { irYaml } from './kfp2-ir.ts';
import { compileKfp1, toYaml } from './kfp1-workflow.ts';
import { tutorialPipelines } from './tutorial-pipelines.ts';
import { qualityInputs, qualityPipeline } from './v2-quality-pipeline.ts';
import { trainingInputs, trainingPipeline } from './v2-training-pipeline.ts';

/** The seed's pipeline files (emulator/seed/pipelines/<name>.yaml) and their content. */
export function pipelineFiles(): Record<string, string> {
  const files: Record<string, string> = {};
  for (const pipeline of tutorialPipelines) files[`${pipeline.name}.yaml`] = toYaml(compileKfp1(pipeline));
  files['training-with-metrics.yaml'] = irYaml(trainingPipeline(), {
    name: 'training-with-metrics',
    description: 'Trains an iris classifier for several learning rates and registers the models that reach the accuracy threshold.',
    inputs: trainingInputs,
  });
  files['data-quality-report.yaml'] = irYaml(qualityPipeline(), {
    name: 'data-quality-report',
    description: 'Profiles every column of a table in parallel, checks for drift when there is enough data and always sends a notification.',
    inputs: qualityInputs,
  });
  return files;
}
