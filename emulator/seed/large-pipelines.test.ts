import { describe, expect, it } from 'vitest';
import { parsePipelineText } from '../store/pipeline-spec.ts';
import { readIrPipeline } from '../sim/ir/spec.ts';
import { validateIr } from '../sim/ir/validate.ts';
import { longLogPipelineYaml, widePipelineYaml } from './large-pipelines.ts';
import { wideV1PipelineYaml } from './large-pipelines-v1.ts';

describe('benchmark pipelines', () => {
  it('the wide pipeline has layers × width step tasks, each after one to three of the layer before, and a loop', () => {
    const parsed = parsePipelineText(widePipelineYaml(4, 5, 7));
    expect(parsed.kind).toBe('v2');
    const pipeline = readIrPipeline(parsed.spec);
    expect(validateIr(pipeline)).toBeUndefined();
    const text = JSON.stringify(parsed.spec);
    expect(text.match(/"taskInfo":\{"name":"step-\d\d-\d\d"\}/g)).toHaveLength(20);
    expect(text).toContain('"parameterIterator":{"itemInput":"pipelinechannel--shards-loop-item"');
    expect(text).toContain('"defaultValue":[0,1,2,3,4,5,6]');
  });

  it('is about 1,000 tasks with the defaults and uploads within the 32 MB limit', () => {
    const yaml = widePipelineYaml();
    expect(yaml.length).toBeLessThan(32 * 1024 * 1024);
    expect(yaml.match(/^ {6}step-\d\d-\d\d:$/gm)).toHaveLength(900);
  });

  it('the long-log pipeline asks for 100,000 lines', () => {
    expect(parsePipelineText(longLogPipelineYaml()).spec).toMatchObject({
      root: { inputDefinitions: { parameters: { lines: { defaultValue: 100_000 } } } },
    });
  });

  it('the v1 wide pipeline is an Argo workflow of layers × width step tasks, each after one to three of the layer before', () => {
    const parsed = parsePipelineText(wideV1PipelineYaml(4, 5));
    expect(parsed.kind).toBe('argo');
    const text = JSON.stringify(parsed.spec);
    expect(text.match(/"name":"step-\d\d-\d\d"/g)).toHaveLength(20);
    expect(text).toContain(
      '"name":"step-01-00","template":"step","dependencies":["step-00-00","step-00-01"]',
    );
    expect(wideV1PipelineYaml().match(/- name: step-\d\d-\d\d$/gm)).toHaveLength(300);
    expect(wideV1PipelineYaml(25, 40).match(/- name: step-\d\d-\d\d$/gm)).toHaveLength(1000);
  });
});
