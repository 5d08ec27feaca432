import { describe, expect, it } from 'vitest';
import { policyRegistry } from '../registry';
import { defaultParams } from './schema-defaults';

describe('defaultParams', () => {
  it('fills required choices and leaves amounts for people to type', () => {
    expect(defaultParams(policyRegistry.action('core.due.window')!.paramsSchema)).toEqual({ month: 'first-of-period' });
    expect(defaultParams(policyRegistry.action('core.charge.areaRate')!.paramsSchema)).toEqual({});
  });

  it('starts required lists with their minimum number of items', () => {
    const params = defaultParams(policyRegistry.action('core.dunning.ladder')!.paramsSchema);
    expect(params.stages).toHaveLength(1);
  });
});
