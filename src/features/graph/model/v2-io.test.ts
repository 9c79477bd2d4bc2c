import { describe, expect, it } from 'vitest';
import { channelName, dataRefs } from './v2-io.ts';

describe('dataRefs', () => {
  it('labels an edge by the output key, and the input when it differs', () => {
    const refs = dataRefs({
      inputs: {
        parameters: {
          number: { taskOutputParameter: { producerTask: 'add', outputParameterKey: 'Output' } },
          'pipelinechannel--add-Output': {
            taskOutputParameter: { producerTask: 'add', outputParameterKey: 'Output' },
          },
        },
      },
    });
    expect(refs.map((r) => r.label)).toEqual(['Output → number', 'Output']);
  });

  it('shows the user-written part of a collected loop output key, not its channel name', () => {
    // kfp 2.17 compiles `largest(numbers=dsl.Collected(prime_or_zero.output))` to a DAG output
    // keyed `pipelinechannel--prime-or-zero-Output` (sdk/kfp2 next-prime pipeline).
    const refs = dataRefs({
      inputs: {
        parameters: {
          numbers: {
            taskOutputParameter: {
              producerTask: 'for-loop-2',
              outputParameterKey: 'pipelinechannel--prime-or-zero-Output',
            },
          },
        },
      },
    });
    expect(refs).toEqual([{ producer: 'for-loop-2', label: 'prime-or-zero-Output → numbers' }]);
  });

  it('strips only the channel prefix', () => {
    expect(channelName('pipelinechannel--flip-coin-Output')).toBe('flip-coin-Output');
    expect(channelName('Output')).toBe('Output');
  });
});
