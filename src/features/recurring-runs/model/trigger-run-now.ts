import type { CreateRunBody } from '@/lib/kfp/runs.ts';
import type { RecurringRun } from '@/lib/kfp/wire/recurring-run.ts';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "Run now": a one-off run with the recurring run's settings — its pipeline version (or the latest
 * version when it has only a pipeline id, or its inline spec), experiment, parameters, pipeline root
 * and service account.
 */
export function runNowBody(recurringRun: RecurringRun, now: Date): CreateRunBody {
  const stamp = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
  const ref = recurringRun.pipeline_version_reference;
  const versionId = ref?.pipeline_version_id ?? recurringRun.pipeline_version_id;
  const config = recurringRun.runtime_config;
  const common = {
    display_name: `${recurringRun.display_name || 'Recurring run'} (run now, ${stamp})`,
    ...(recurringRun.description ? { description: recurringRun.description } : {}),
    ...(recurringRun.experiment_id ? { experiment_id: recurringRun.experiment_id } : {}),
    ...(recurringRun.service_account ? { service_account: recurringRun.service_account } : {}),
    runtime_config: {
      parameters: config?.parameters ?? {},
      ...(config?.pipeline_root ? { pipeline_root: config.pipeline_root } : {}),
    },
  };
  if (ref?.pipeline_id) {
    return {
      ...common,
      pipeline_version_reference: {
        pipeline_id: ref.pipeline_id,
        ...(versionId ? { pipeline_version_id: versionId } : {}),
      },
    };
  }
  if (recurringRun.pipeline_spec) return { ...common, pipeline_spec: recurringRun.pipeline_spec };
  throw new Error(
    'This recurring run names neither a pipeline nor a pipeline spec, so it cannot be run now.',
  );
}
