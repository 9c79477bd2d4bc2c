import { badRequest } from '../lib/errors.ts';
import { downloadPipeline } from '../http/pipeline-url.ts';
import { checkInlineSpec, parsePipelineText, specToYaml } from '../store/pipeline-spec.ts';
import { msg, str, stringMap, struct, type ParsedMessage } from '../lib/proto-json.ts';
import type { NewVersion } from '../store/pipeline-ops.ts';

/**
 * A PipelineVersion request → a new version: the spec comes inline (`pipeline_spec`) or from
 * `package_url`; name and display name fall back to each other, then to the given defaults.
 */
export async function versionInput(
  v: ParsedMessage | undefined,
  defaults: { name: string; displayName: string },
  validateUrl: boolean,
): Promise<NewVersion> {
  const inline = struct(v, 'pipeline_spec');
  const packageUrl = str(msg(v, 'package_url'), 'pipeline_url');
  let spec;
  let template: string;
  if (inline) {
    spec = checkInlineSpec(inline).spec;
    template = specToYaml(spec);
  } else if (packageUrl !== '') {
    template = (await downloadPipeline(packageUrl, validateUrl)).template;
    spec = parsePipelineText(template).spec;
  } else {
    throw badRequest(
      'Failed to create a pipeline version: a package_url or a pipeline_spec is required',
    );
  }
  const name = str(v, 'name') || str(v, 'display_name') || defaults.name;
  return {
    name,
    displayName: str(v, 'display_name') || (str(v, 'name') ? name : defaults.displayName),
    description: str(v, 'description'),
    codeSourceUrl: str(v, 'code_source_url'),
    packageUrl,
    tags: stringMap(v, 'tags') ?? {},
    spec,
    template,
  };
}
