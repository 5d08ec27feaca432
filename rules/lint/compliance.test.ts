import { describe, expect, test } from 'vitest';
import { lintPolicy } from './compliance.js';
import { PluginRegistry } from '../plugin/registry.js';
import { builtInPlugins } from '../../plugins/index.js';
import { standardPolicy } from '../../seed/generate/policy.js';
import type { PolicyDocument } from '../policy/types.js';

const registry = new PluginRegistry(builtInPlugins);
const withRate = (rate: string): PolicyDocument => ({
  feeItems: [{ code: 'mgmt', cycle: 'quarter', rules: [], lateFee: { type: 'core.lateFee.daily', params: { rate, graceDays: 0, capRatio: '1' } } }],
});

describe('compliance lint', () => {
  test('flags a late fee whose annual rate is more than 1.3 × the loan prime rate, at its JSON pointer', () => {
    // 万分之三 a day = 10.95 % a year, far above 1.3 × 3.00 %.
    expect(lintPolicy(withRate('0.0003'), registry)).toEqual([expect.objectContaining({
      pointer: '/feeItems/0/lateFee/params/rate',
      message: expect.objectContaining({ 'zh-CN': expect.stringContaining('折合年化 10.95%') }),
    })]);
    expect(lintPolicy(standardPolicy(), registry).map((f) => f.pointer)).toEqual(['/feeItems/0/lateFee/params/rate', '/feeItems/1/lateFee/params/rate']);
  });

  test('accepts a rate within the margin, and follows the configured LPR', () => {
    // 0.0001 a day = 3.65 % a year ≤ 3.90 %.
    expect(lintPolicy(withRate('0.0001'), registry)).toEqual([]);
    expect(lintPolicy(withRate('0.0001'), registry, { loanPrimeRate: '0.0250' })).toHaveLength(1);
  });
});
