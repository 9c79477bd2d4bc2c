import { badRequest } from '../http/errors.ts';
import { maxPipelineFileBytes, readPipelineFile, tooLargeError } from '../http/pipeline-file.ts';
import { checkInlineSpec, parsePipelineText, specToYaml } from '../http/pipeline-spec.ts';
import { msg, str, stringMap, struct, type ParsedMessage } from '../http/proto-json.ts';
import type { NewVersion } from '../store/pipeline-ops.ts';

/** Downloads `package_url.pipeline_url` like the server does for CreatePipelineVersion. */
async function download(url: string): Promise<{ name: string; bytes: Uint8Array }> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw badRequest(
      `Failed to create a pipeline version: invalid package URL ${JSON.stringify(url)}`,
    );
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw badRequest(
      `Failed to create a pipeline version: unsupported package URL scheme ${parsed.protocol}`,
    );
  }
  let response: Response;
  try {
    response = await fetch(parsed, { signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw badRequest(`Failed to create a pipeline version: failed to download ${url}: ${reason}`);
  }
  if (!response.ok)
    throw badRequest(
      `Failed to create a pipeline version: downloading ${url} answered HTTP ${response.status}`,
    );
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (bytes.length > maxPipelineFileBytes) throw tooLargeError();
  return { name: parsed.pathname.split('/').pop() ?? 'pipeline.yaml', bytes };
}

/**
 * A PipelineVersion request → a new version: the spec comes inline (`pipeline_spec`) or from
 * `package_url`; name and display name fall back to each other, then to the given defaults.
 */
export async function versionInput(
  v: ParsedMessage | undefined,
  defaults: { name: string; displayName: string },
): Promise<NewVersion> {
  const inline = struct(v, 'pipeline_spec');
  const packageUrl = str(msg(v, 'package_url'), 'pipeline_url');
  let spec;
  let template: string;
  if (inline) {
    spec = checkInlineSpec(inline).spec;
    template = specToYaml(spec);
  } else if (packageUrl !== '') {
    const file = await download(packageUrl);
    template = readPipelineFile(file.name, file.bytes);
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
