// Fee-line evaluations per second: the compiled fast path over every unit × fee item, and json-rules-engine
// (the reference evaluator) over a subset, measured side by side in one run on one core.
import { PluginRegistry } from '../rules/plugin/registry.js';
import { compilePolicy } from '../rules/evaluate/compiled.js';
import { referencePolicy } from '../rules/evaluate/reference.js';
import { builtInPlugins } from '../plugins/index.js';
import { standardPolicy } from '../seed/generate/policy.js';
import { seededUnitFacts } from './engine-units.js';
import type { LineResult } from '../rules/evaluate/types.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface EngineBench {
  units: number;
  feeItems: number;
  fastLinesPerSecond: number;
  /** Every timed round of the fast path, slowest first: the spread this machine gave in this run. */
  fastRoundsLinesPerSecond: number[];
  referenceLinesPerSecond: number;
  ratio: number;
  referenceSampleUnits: number;
  failedLines: number;
}

const input = { period: { start: '2027-01-01', end: '2027-03-31' }, asOf: '2027-01-15' };

export async function benchPolicyEngine(units = 20_000, referenceUnits = 1_000): Promise<EngineBench> {
  const registry = new PluginRegistry(builtInPlugins);
  const doc = standardPolicy();
  const items = doc.feeItems.map((i) => i.code);
  const facts = seededUnitFacts(units);
  const fast = compilePolicy(doc, registry);
  const reference = referencePolicy(doc, registry);
  // A full collection before each timed section, so the clock measures the evaluators, not the garbage collector
  // moving the input this harness has just copied (20,000 units of fresh facts outgrow the young generation).
  setFlagsFromString('--expose-gc');
  const collectGarbage = runInNewContext('gc') as () => void;

  // Every round gets fresh fact objects, as a billing run sees each unit once: caches keyed by a unit object
  // never carry over between rounds; caches keyed by values (an area, a date, a rate) do, as within a run.
  const runFast = (): { seconds: number; failed: number } => {
    const round = structuredClone(facts);
    collectGarbage();
    let failed = 0;
    const t0 = performance.now();
    for (const f of round) for (const item of items) if (!fast.evaluate(item, f, input).ok) failed += 1;
    return { seconds: (performance.now() - t0) / 1000, failed };
  };
  runFast(); // warm-up: JIT, plugin param caches
  const fastRuns = [runFast(), runFast(), runFast(), runFast(), runFast()].sort((a, b) => a.seconds - b.seconds);
  const fastRun = fastRuns[2]!;

  const sample = facts.slice(0, referenceUnits);
  collectGarbage();
  const t0 = performance.now();
  const refLines: LineResult[] = [];
  for (const f of sample) for (const item of items) refLines.push(await reference.evaluate(item, f, input));
  const refSeconds = (performance.now() - t0) / 1000;

  // The figures only count if both evaluators agree on the sample.
  let k = 0;
  for (const f of sample) for (const item of items) {
    const a = JSON.stringify(fast.evaluate(item, f, input));
    const b = JSON.stringify(refLines[k++]);
    if (a !== b) throw new Error(`fast path and reference disagree on ${item}:\n${a}\n${b}`);
  }

  const lines = facts.length * items.length;
  const fastLinesPerSecond = Math.round(lines / fastRun.seconds);
  const fastRoundsLinesPerSecond = fastRuns.map((r) => Math.round(lines / r.seconds)).reverse();
  const referenceLinesPerSecond = Math.round(refLines.length / refSeconds);
  return {
    units: facts.length, feeItems: items.length, fastLinesPerSecond, fastRoundsLinesPerSecond, referenceLinesPerSecond,
    ratio: Number((fastLinesPerSecond / referenceLinesPerSecond).toFixed(1)), referenceSampleUnits: sample.length, failedLines: fastRun.failed,
  };
}
