import { isJsonObject } from '../../emulator/lib/json.ts';

/** The few emulator calls the check makes itself (single-user: no token), typed loosely and parsed. */
type Json = Record<string, unknown>;
const isJson: (v: unknown) => v is Json = isJsonObject;

export class Api {
  constructor(private readonly base: string) {}

  async call(method: string, path: string, body?: unknown): Promise<Json> {
    const response = await fetch(`${this.base}${path}`, {
      method,
      headers: body === undefined ? {} : { 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await response.text();
    if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${text}`);
    const parsed: unknown = text === '' ? {} : JSON.parse(text);
    if (!isJson(parsed)) throw new Error(`${method} ${path} → not a JSON object`);
    return parsed;
  }

  private async list(path: string, key: string): Promise<Json[]> {
    const answer = await this.call('GET', path);
    const items = answer[key];
    return Array.isArray(items) ? items.filter(isJson) : [];
  }

  /** The id of the run (v2beta1 list, page size 200) with this display name. */
  async runId(displayName: string): Promise<string> {
    const runs = await this.list('/apis/v2beta1/runs?page_size=200', 'runs');
    const run = runs.find((r) => r.display_name === displayName);
    if (typeof run?.run_id !== 'string') throw new Error(`no run named ${displayName}`);
    return run.run_id;
  }

  /** Starts a run of the shared pipeline with this display name (its default version) in the default experiment. */
  async startRun(pipelineName: string, displayName: string): Promise<string> {
    const pipelines = await this.list('/apis/v2beta1/pipelines?page_size=100', 'pipelines');
    const pipeline = pipelines.find((p) => p.display_name === pipelineName);
    if (typeof pipeline?.pipeline_id !== 'string') throw new Error(`no pipeline ${pipelineName}`);
    const run = await this.call('POST', '/apis/v2beta1/runs', {
      display_name: displayName,
      pipeline_version_reference: { pipeline_id: pipeline.pipeline_id },
    });
    if (typeof run.run_id !== 'string') throw new Error('the new run has no id');
    return run.run_id;
  }

  async state(runId: string): Promise<string> {
    const run = await this.call('GET', `/apis/v2beta1/runs/${runId}`);
    return typeof run.state === 'string' ? run.state : '?';
  }

  /** Waits (polling every 500 ms, at most `timeoutMs`) until the run is in one of `states`. */
  async waitFor(runId: string, states: readonly string[], timeoutMs = 60_000): Promise<string> {
    const deadline = Date.now() + timeoutMs;
    let state = await this.state(runId);
    while (!states.includes(state) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 500));
      state = await this.state(runId);
    }
    return state;
  }
}
