import { describe, expect, it } from 'vitest';
import { PluginRegistry } from '../plugin/registry.js';
import { builtInPlugins } from '../../plugins/index.js';
import { standardPolicy } from '../../seed/generate/policy.js';
import { planDunning, type DunningCandidate } from './plan.js';

const registry = new PluginRegistry(builtInPlugins);
const doc = standardPolicy();
const bill = (over: Partial<DunningCandidate> = {}): DunningCandidate => ({
  billId: 'B1', feeItem: 'mgmt', dueDate: '2027-04-10', balance: '900.00', stagesDone: [], promisedUntil: null, planId: null, planKept: null, ...over,
});
const brief = (asOf: string, b: DunningCandidate) => planDunning(doc, registry, [b], asOf).actions.map((a) => `${a.stage} ${a.channel} ${a.on} ${a.status}`);

describe('planDunning', () => {
  it('brings nothing before the first stage, then each stage on its day, once', () => {
    expect(brief('2027-04-02', bill())).toEqual([]);
    expect(brief('2027-04-03', bill())).toEqual(['reminder sms 2027-04-03 scheduled']);
    expect(brief('2027-04-19', bill({ stagesDone: ['reminder'] }))).toEqual([]);
    expect(brief('2027-04-20', bill({ stagesDone: ['reminder'] }))).toEqual(['first sms 2027-04-20 scheduled', 'first phone 2027-04-20 scheduled']);
  });

  it('carries out only the latest of several due stages; the earlier ones are recorded as superseded', () => {
    const actions = planDunning(doc, registry, [bill({ stagesDone: ['reminder'] })], '2027-05-01').actions;
    expect(actions.map((a) => `${a.stage} ${a.channel} ${a.status}`)).toEqual(['first sms cancelled', 'first phone cancelled', 'second letter scheduled']);
    expect(actions[0]!.result).toBe('superseded by second (2027-04-30)');
    expect(actions[2]!.why.zh).toBe('书面催缴：2027-04-30（首次催缴后 10 天），书面函件');
  });

  it('pauses for a promise not yet due and for a kept plan; reports a broken plan and resumes', () => {
    expect(planDunning(doc, registry, [bill({ promisedUntil: '2027-04-20' })], '2027-04-20')).toMatchObject({ actions: [], paused: 1 });
    expect(brief('2027-04-21', bill({ promisedUntil: null, stagesDone: ['reminder'] }))).toEqual(['first sms 2027-04-20 scheduled', 'first phone 2027-04-20 scheduled']);
    expect(planDunning(doc, registry, [bill({ planId: 'P1', planKept: true })], '2027-04-20')).toMatchObject({ actions: [], paused: 1, brokenPlans: [] });
    const broken = planDunning(doc, registry, [bill({ planId: 'P1', planKept: false, stagesDone: ['reminder', 'first'] })], '2027-04-30');
    expect(broken.brokenPlans).toEqual(['P1']);
    expect(broken.actions.map((a) => a.stage)).toEqual(['second']);
  });

  it('skips fee items without a ladder and reports a ladder that fails for one bill only', () => {
    expect(planDunning(doc, registry, [bill({ feeItem: 'water' }), bill({ feeItem: 'no-such-item' })], '2027-06-30').actions).toEqual([]);
    const broken = { ...doc, feeItems: doc.feeItems.map((i) => (i.code === 'mgmt' ? { ...i, dunning: { type: 'core.dunning.ladder', params: { stages: [{ key: 'a', channels: ['sms'] }] } } } : i)) };
    const plan = planDunning(broken, registry, [bill(), bill({ billId: 'B2', feeItem: 'parking' })], '2027-06-30');
    expect(plan.errors).toEqual([{ billId: 'B1', message: 'stage 1 (a) needs exactly one of offsetDays, dayOfMonth, afterPreviousDays; it has 0' }]);
  });
});
